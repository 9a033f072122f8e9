package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.digest.Digest;
import org.apache.sshd.common.kex.KeyExchange;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** Admission by the CPU the key exchanges in progress need; {@code CostlyKeyExchangesTest} sweeps through it. */
class KeyExchangeGateTest {

    private static final long GUESS = KeyExchangeGate.FIRST_GUESS_NANOS;
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void admitsWhileTheExchangesInProgressFitTheBudgetThenWaitsForOneToEnd() throws Exception {
        KeyExchangeGate gate = new KeyExchangeGate(4 * GUESS);
        List<KeyExchangeGate.Ticket> admitted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            admitted.add(gate.admit("r" + i, soon()));
        }
        admitted.forEach(ticket -> assertNotNull(ticket));
        assertNull(gate.admit("r4", soon()), "a fifth exchange at the first guess exceeds the budget");

        CompletableFuture<KeyExchangeGate.Ticket> fifth = waitingAdmission(gate, "r4");
        admitted.get(0).release();
        assertNotNull(fifth.get(5, TimeUnit.SECONDS), "the place given back goes to the waiting poll");
        assertEquals("4 key exchanges in progress, 100 ms of CPU each on average, filled this daemon's CPU",
                gate.busy());
    }

    @Test
    void oneExchangeAlwaysGoesHoweverDear() throws Exception {
        KeyExchangeGate gate = new KeyExchangeGate(1);
        assertNotNull(gate.admit("r0", soon()));
        assertNull(gate.admit("r1", soon()));
    }

    @Test
    void aPlaceGivenBackTwiceIsGivenBackOnce() throws Exception {
        KeyExchangeGate gate = new KeyExchangeGate(2 * GUESS);
        KeyExchangeGate.Ticket first = gate.admit("r0", soon());
        assertNotNull(gate.admit("r1", soon()));
        first.release();
        first.release();
        assertNotNull(gate.admit("r2", soon()));
        assertNull(gate.admit("r3", soon()), "the double release must not have made room for two");
    }

    @Test
    void eachRouterCountsAtItsOwnLastCostAndANewOneAtTheMean() throws Exception {
        KeyExchangeGate gate = knowingADearAndACheapRouter();

        assertNotNull(gate.admit("dear", soon()));
        assertNotNull(gate.admit("cheap", soon()), "200 ms and 1 ms fit in 250");
        assertNull(gate.admit("new", soon()), "a router not measured yet counts at the mean, about 99 ms");
    }

    @Test
    void pollsGoInTurnSoThatADearOneIsNotOvertakenForEver() throws Exception {
        KeyExchangeGate gate = knowingADearAndACheapRouter();
        KeyExchangeGate.Ticket inProgress = gate.admit("dear", soon());

        CompletableFuture<KeyExchangeGate.Ticket> secondDear = waitingAdmission(gate, "dear");
        assertNull(gate.admit("cheap", soon()), "it would fit, but waits behind the dear one");
        inProgress.release();
        assertNotNull(secondDear.get(5, TimeUnit.SECONDS));
    }

    @Test
    void measuresTheCpuOfMinasCallsIntoTheExchangeWhenItsPlaceIsGivenBack() throws Exception {
        KeyExchangeGate gate = new KeyExchangeGate(GUESS);
        KeyExchangeGate.Ticket ticket = gate.admit("r0", soon());
        KeyExchange exchange = gate.measured(new Burning(300 * MS), ticket);

        exchange.init(new byte[0], new byte[0], new byte[0], new byte[0]);
        exchange.next(0, null);
        assertEquals(GUESS / 1e9, gate.meanSeconds(), 1e-9, "counted once its place is given back");
        ticket.release();

        // 100 ms + (at least 600 ms - 100 ms) / 8: each measure weighs an eighth.
        assertTrue(gate.meanSeconds() > 0.16, "mean after a 600 ms exchange: " + gate.meanSeconds());
    }

    /** A budget of 250 ms, after one exchange with "dear" that took 200 ms and one with "cheap" that took 1 ms. */
    private static KeyExchangeGate knowingADearAndACheapRouter() throws InterruptedException {
        KeyExchangeGate gate = new KeyExchangeGate(250 * MS);
        exchange(gate, "dear", 200 * MS);
        exchange(gate, "cheap", MS);
        return gate;
    }

    /** One exchange with this router that spent {@code cpuNanos}, from admission to release. */
    private static void exchange(KeyExchangeGate gate, String peer, long cpuNanos) throws InterruptedException {
        KeyExchangeGate.Ticket ticket = gate.admit(peer, soon());
        ticket.spent(0, cpuNanos);
        ticket.release();
    }

    private static long soon() {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    }

    /** A poll on another thread, once it waits at the gate. */
    private static CompletableFuture<KeyExchangeGate.Ticket> waitingAdmission(KeyExchangeGate gate, String peer)
            throws InterruptedException {
        CompletableFuture<KeyExchangeGate.Ticket> admission = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.admit(peer, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gate.waiting() < 1 && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertEquals(1, gate.waiting());
        return admission;
    }

    /** An exchange that spends {@code nanos} of this thread's CPU in each of MINA's calls, and completes at next. */
    private record Burning(long nanos) implements KeyExchange {

        @Override
        public void init(byte[] serverVersion, byte[] clientVersion, byte[] serverKexInit, byte[] clientKexInit) {
            burn();
        }

        @Override
        public boolean next(int cmd, Buffer buffer) {
            burn();
            return true;
        }

        private void burn() {
            var threads = ManagementFactory.getThreadMXBean();
            long end = threads.getCurrentThreadCpuTime() + nanos;
            while (threads.getCurrentThreadCpuTime() < end) {
                Thread.onSpinWait();
            }
        }

        @Override
        public String getName() {
            return "burning";
        }

        @Override
        public Session getSession() {
            return null;
        }

        @Override
        public Digest getHash() {
            return null;
        }

        @Override
        public byte[] getH() {
            return null;
        }

        @Override
        public byte[] getK() {
            return null;
        }
    }
}
