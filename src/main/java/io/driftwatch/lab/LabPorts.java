package io.driftwatch.lab;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Ports of hostile lab routers that run no SSH server at all, each held until the fleet closes. */
public final class LabPorts {

    private LabPorts() {
    }

    /**
     * A port that takes TCP connections and never says a word: a router whose SSH daemon hangs. The client waits
     * for a banner that never comes.
     */
    static AutoCloseable silent(int port) throws IOException {
        ServerSocket socket = new ServerSocket(port, 512, InetAddress.getLoopbackAddress());
        List<Socket> held = new CopyOnWriteArrayList<>();
        Thread thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    held.add(socket.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "lab-silent-port-" + port);
        thread.setDaemon(true);
        thread.start();
        return () -> {
            socket.close();
            for (Socket connection : held) {
                connection.close();
            }
        };
    }

    /**
     * A port whose SYNs go unanswered, as a powered-off router's or one behind a firewall that drops: a listener
     * that never accepts, its queue filled by connections of its own. Linux keeps at most backlog + 1 connections
     * waiting to be accepted and drops the SYNs that come after, so the client's connect waits for its timeout.
     *
     * @param port the port, or 0 for one the kernel picks
     * @param held where the listener and its connections go, to be closed by the caller (also after a failure)
     * @return the port
     */
    public static int dark(int port, List<? super Closeable> held) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open();
        held.add(listener);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
        for (int i = 0; i < 3; i++) {
            SocketChannel filler = SocketChannel.open();
            held.add(filler);
            filler.configureBlocking(false);
            filler.connect(listener.getLocalAddress());
        }
        return ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }
}
