package io.driftwatch.polling;

import static io.driftwatch.polling.SocketGroups.SOCKETS_PER_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.AsynchronousSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.io.IoConnector;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.util.Readable;
import org.apache.sshd.common.util.threads.CloseableExecutorService;
import org.apache.sshd.common.util.threads.ThreadUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The polls' sockets spread over channel groups of bounded size, and every socket still carries data. */
class SocketGroupsTest {

    private final CloseableExecutorService ioThreads = ThreadUtils.newFixedThreadPool("socket-groups-test", 2);
    private final SocketGroups groups;

    SocketGroupsTest() throws IOException {
        groups = new SocketGroups(ioThreads);
    }

    @AfterEach
    void close() throws IOException {
        groups.close();
        ioThreads.shutdownNow();
    }

    @Test
    void aGroupTakesItsShareOfSocketsAndTheNextOneOpensInANewGroup() throws IOException {
        open(SOCKETS_PER_GROUP);
        assertEquals(1, groups.groupCount());

        groups.open();

        assertEquals(2, groups.groupCount());
    }

    @Test
    void aClosedSocketsPlaceIsTakenAgain() throws IOException {
        List<AsynchronousSocketChannel> sockets = open(SOCKETS_PER_GROUP);

        sockets.get(7).close();
        groups.open();

        assertEquals(1, groups.groupCount());
    }

    @Test
    void aListenerCountsWithTheConnectionItWillAccept() throws IOException {
        open(SOCKETS_PER_GROUP - 1);

        groups.openListener();

        assertEquals(2, groups.groupCount());
    }

    @Test
    void aClosedTransportOpensNoSocket() throws IOException {
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
            ConnectWaits.GroupedFactory factory = (ConnectWaits.GroupedFactory) new ConnectWaits(null).create(client);
            IoConnector connector = factory.createConnector(new Counting(received));
            for (int i = 0; i < connections; i++) {
                connector.connect(listener.getLocalSocketAddress(), null, null);
            }

            assertTrue(received.await(30, TimeUnit.SECONDS),
                    "connections that received their byte: " + (connections - received.getCount()));
            assertEquals(2, factory.socketGroups());
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

    private record Counting(CountDownLatch received) implements IoHandler {
        @Override
        public void messageReceived(IoSession session, Readable message) {
            received.countDown();
        }

        @Override
        public void sessionCreated(IoSession session) {
        }

        @Override
        public void sessionClosed(IoSession session) {
        }

        @Override
        public void exceptionCaught(IoSession session, Throwable cause) {
        }
    }
}
