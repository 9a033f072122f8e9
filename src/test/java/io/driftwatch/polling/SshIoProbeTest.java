package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe's round trip completes through a working transport and stays in flight through a wedged one. */
class SshIoProbeTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private SshClient client;
    private SshIoProbe probe;

    @AfterEach
    void close() throws Exception {
        probe.close();
        client.stop();
    }

    @Test
    void aRoundTripCompletesThroughTheTransportThePollsUse() {
        client = SshClient.setUpDefaultClient();
        client.setIoServiceFactoryFactory(new ConnectWaits(null, 2));
        client.start();
        probe = new SshIoProbe(client, Clock.fixed(T0, ZoneOffset.UTC));

        probe.start();

        Awaitility.await("a completed round trip").atMost(Duration.ofSeconds(10))
                .until(() -> probe.inFlightSince() == null);
        assertEquals(T0, probe.lastRoundTrip());
        assertEquals(1, probe.roundTrips());
        assertNull(probe.lastFailure());
    }

    @Test
    void aRoundTripStaysInFlightWhileTheTransportsThreadsCompleteNoIoAndCompletesOnceTheyDo() throws Exception {
        client = SshClient.setUpDefaultClient();
        // The transport the daemon uses, on one I/O thread the test can hold.
        client.setIoServiceFactoryFactory(new ConnectWaits(null, 1));
        client.start();
        Clock start = Clock.fixed(T0.minusSeconds(600), ZoneOffset.UTC);
        probe = new SshIoProbe(client, start);
        CountDownLatch wedged = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        try (ServerSocket sender = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // A completion that does not return holds its event loop: the others of that loop queue behind it, as in
            // a group that stopped polling.
            client.getIoServiceFactory().createConnector(new OnRead(() -> {
                wedged.countDown();
                released.await();
            }))
                    .connect(sender.getLocalSocketAddress(), null, null);
            try (Socket accepted = sender.accept()) {
                accepted.getOutputStream().write('.');
                assertTrue(wedged.await(5, TimeUnit.SECONDS), "the I/O thread was not held");

                probe.start();
                Thread.sleep(2000);

                assertNotNull(probe.inFlightSince(), "no reply can be read while the I/O thread is held");
                assertEquals(T0.minusSeconds(600), probe.lastRoundTrip());
                assertEquals(0, probe.roundTrips());

                released.countDown();
                Awaitility.await("the round trip completes once the thread is free").atMost(Duration.ofSeconds(10))
                        .until(() -> probe.inFlightSince() == null);
            }
        } finally {
            released.countDown();
        }
    }
}
