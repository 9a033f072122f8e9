package io.driftwatch.polling;

import static io.driftwatch.polling.SocketGroups.SOCKETS_PER_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.io.IoConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The polls' sockets spread over event loops of bounded size, and every socket still carries data. */
class SocketGroupsTest {

    private SocketGroups groups;

    @AfterEach
    void close() throws IOException {
        if (groups != null) {
            groups.close();
        }
    }

    @Test
    void aGroupTakesItsShareOfSocketsAndTheNextOneOpensInANewGroup() throws IOException {
        groups = new SocketGroups("test", 1);
        open(SOCKETS_PER_GROUP);
        assertEquals(List.of(SOCKETS_PER_GROUP), groups.socketsPerGroup());

        groups.open();

        assertEquals(List.of(SOCKETS_PER_GROUP, 1), groups.socketsPerGroup());
    }

    @Test
    void socketsGoToTheGroupWithFewestAmongOnePerCore() throws IOException {
        groups = new SocketGroups("test", 3);
        List<AsynchronousSocketChannel> sockets = open(7);
        assertEquals(7, groups.socketsPerGroup().stream().mapToInt(Integer::intValue).sum());
        assertEquals(1, Collections.max(groups.socketsPerGroup()) - Collections.min(groups.socketsPerGroup()));

        for (AsynchronousSocketChannel socket : sockets.subList(0, 4)) {
            socket.close();
        }
        open(3);

        assertEquals(List.of(2, 2, 2), groups.socketsPerGroup());
    }

    @Test
    void ofGroupsAsEmptyAsEachOtherEachTakesItsTurn() throws IOException {
        groups = new SocketGroups("test", 2);
        List<List<Integer>> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            try (AsynchronousSocketChannel socket = groups.open()) {
                seen.add(groups.socketsPerGroup());
            }
        }

        assertEquals(List.of(List.of(0, 1), List.of(1, 0), List.of(0, 1), List.of(1, 0)), seen);
    }

    @Test
    void aClosedSocketsPlaceIsTakenAgain() throws IOException {
        groups = new SocketGroups("test", 1);
        List<AsynchronousSocketChannel> sockets = open(SOCKETS_PER_GROUP);

        sockets.get(7).close();
        groups.open();

        assertEquals(List.of(SOCKETS_PER_GROUP), groups.socketsPerGroup());
    }

    @Test
    void aListenerCountsWithTheConnectionItWillAccept() throws IOException {
        groups = new SocketGroups("test", 1);
        open(SOCKETS_PER_GROUP - 1);

        groups.openListener();

        assertEquals(List.of(SOCKETS_PER_GROUP - 1, 2), groups.socketsPerGroup());
    }

    @Test
    void aGroupsOwnThreadRunsItsSocketsCompletions() throws Exception {
        groups = new SocketGroups("loop", 1);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                AsynchronousSocketChannel socket = groups.open()) {
            socket.connect(listener.getLocalSocketAddress()).get(10, TimeUnit.SECONDS);
            try (Socket accepted = listener.accept()) {
                accepted.getOutputStream().write('.');
                CompletableFuture<String> readOn = new CompletableFuture<>();
                socket.read(ByteBuffer.allocate(1), null, new CompletionHandler<Integer, Void>() {
                    @Override
                    public void completed(Integer read, Void nothing) {
                        readOn.complete(Thread.currentThread().getName());
                    }

                    @Override
                    public void failed(Throwable e, Void nothing) {
                        readOn.completeExceptionally(e);
                    }
                });

                assertEquals("loop-io-1", readOn.get(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void aClosedTransportOpensNoSocket() throws IOException {
        groups = new SocketGroups("test", 1);
        groups.close();

        IOException refused = assertThrows(IOException.class, groups::open);
        assertEquals("the SSH transport is closed", refused.getMessage());
    }

    @Test
    void minaConnectsMoreSocketsThanOneGroupHoldsAndEachReceivesItsByte() throws Exception {
        int connections = SOCKETS_PER_GROUP + 50;
        SshClient client = SshClient.setUpDefaultClient();
        CountDownLatch received = new CountDownLatch(connections);
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket listener = new ServerSocket(0, connections, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> answer(listener, connections, accepted));
            answering.start();
            ConnectWaits.GroupedFactory factory = (ConnectWaits.GroupedFactory) new ConnectWaits(null, 2)
                    .create(client);
            IoConnector connector = factory.createConnector(new OnRead(received::countDown));
            for (int i = 0; i < connections; i++) {
                connector.connect(listener.getLocalSocketAddress(), null, null);
            }

            assertTrue(received.await(30, TimeUnit.SECONDS),
                    "connections that received their byte: " + (connections - received.getCount()));
            List<Integer> perGroup = factory.socketsPerGroup();
            assertEquals(2, perGroup.size(), perGroup::toString);
            assertEquals(connections, perGroup.stream().mapToInt(Integer::intValue).sum(), perGroup::toString);
            factory.close(true);
            answering.join(5_000);
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private List<AsynchronousSocketChannel> open(int count) throws IOException {
        List<AsynchronousSocketChannel> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sockets.add(groups.open());
        }
        return sockets;
    }

    /** Accepts each connection and sends it one byte, keeping it open so that every socket stays in its group. */
    private static void answer(ServerSocket listener, int connections, List<Socket> accepted) {
        try {
            for (int i = 0; i < connections; i++) {
                Socket connection = listener.accept();
                accepted.add(connection);
                connection.getOutputStream().write('.');
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
