package io.driftwatch.polling;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.io.IoConnectFuture;
import org.apache.sshd.common.io.IoConnector;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.util.Readable;

/**
 * A TCP round trip over loopback through the transport every poll uses (MINA's channel group, its I/O threads and
 * the connect waits): connect, then read the one byte this probe's own listener sends. If that transport stops
 * completing I/O, every poll times out for the rest of the process's life while each still ends by its deadline,
 * so neither the sweep watchdog nor the scheduler's heartbeat sees it; only a restart cures it. No router is
 * contacted, so a fleet or network outage cannot fail it.
 */
@ApplicationScoped
public class SshIoProbe {

    private final SshClient client;
    private final Clock clock;
    private final AtomicReference<Instant> lastRoundTrip;
    private final AtomicReference<Instant> inFlightSince = new AtomicReference<>();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final AtomicLong roundTrips = new AtomicLong();
    private ServerSocket listener;
    private IoConnector connector;
    private IoConnectFuture current;

    public SshIoProbe(SshClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
        // The start counts as the first round trip, as the heartbeat's first tick is its creation.
        this.lastRoundTrip = new AtomicReference<>(clock.instant());
    }

    /** Starts a round trip; one still in flight is dropped first, so a lost one cannot stop the probing. */
    public synchronized void start() {
        try {
            if (connector == null) {
                listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                Thread answering = new Thread(this::answer, "driftwatch-ssh-io-probe");
                answering.setDaemon(true);
                answering.start();
                connector = client.getIoServiceFactory().createConnector(new Handler());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the SSH transport probe's loopback listener", e);
        }
        if (current != null && current.isConnected()) {
            current.getSession().close(true);
        } else if (current != null) {
            current.cancel();
        }
        Instant now = clock.instant();
        inFlightSince.set(now);
        IoConnectFuture connect = connector.connect(listener.getLocalSocketAddress(), null, null);
        current = connect;
        connect.addListener(done -> {
            if (!done.isConnected()) {
                Throwable error = done.getException();
                lastFailure.set("loopback connect failed: " + (error == null ? "cancelled" : error));
                inFlightSince.compareAndSet(now, null);
            }
        });
    }

    /** When a round trip last completed (the probe's creation until the first one). */
    public Instant lastRoundTrip() {
        return lastRoundTrip.get();
    }

    /** When the round trip in flight started, or null when none is. */
    public Instant inFlightSince() {
        return inFlightSince.get();
    }

    /** How many round trips completed since the start. */
    public long roundTrips() {
        return roundTrips.get();
    }

    /** Why the last round trip that ended without completing ended, or null. */
    public String lastFailure() {
        return lastFailure.get();
    }

    /** Accepts each probe's connection and sends it one byte: the reply the probe's read waits for. */
    private void answer() {
        while (!listener.isClosed()) {
            try (Socket connection = listener.accept()) {
                connection.getOutputStream().write('.');
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    Log.debugf("SSH transport probe: a loopback connection failed: %s", e);
                }
            }
        }
    }

    @PreDestroy
    synchronized void close() throws IOException {
        if (connector != null) {
            connector.close(true);
            listener.close();
        }
    }

    private final class Handler implements IoHandler {
        @Override
        public void messageReceived(IoSession session, Readable message) {
            lastRoundTrip.set(clock.instant());
            inFlightSince.set(null);
            lastFailure.set(null);
            roundTrips.incrementAndGet();
            session.close(true);
        }

        @Override
        public void sessionCreated(IoSession session) {
            // The read that completes the round trip starts by itself.
        }

        @Override
        public void sessionClosed(IoSession session) {
            // Nothing held per session.
        }

        @Override
        public void exceptionCaught(IoSession session, Throwable cause) {
            lastFailure.set("loopback session failed: " + cause);
            session.close(true);
        }
    }
}
