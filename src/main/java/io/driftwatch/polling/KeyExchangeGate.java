package io.driftwatch.polling;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.digest.Digest;
import org.apache.sshd.common.kex.KeyExchange;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.util.buffer.Buffer;

/**
 * Lets a poll start its SSH key exchange only while the exchanges already in progress leave room for it on the CPU.
 *
 * <p>
 * Key exchanges are the dear part of a poll, and their price ranges a thousandfold: a fraction of a millisecond for
 * curve25519, about 30 ms for {@code diffie-hellman-group14} with C1 alone, a few hundred for an 8,192-bit group.
 * Exchanges in progress share the CPU and so end together; when {@code max-concurrency} of them need more CPU than
 * {@code auth-timeout} lasts, every one runs out of time and the sweep records nothing. So each exchange's CPU is
 * measured (thread CPU time, in MINA's own calls into it, whether it completes or not) and remembered per router, and
 * a new exchange starts only while the ones in progress, each at its router's last cost (a router not measured yet
 * at the running mean of all), need at most a sixteenth of {@code auth-timeout} on every core: the margin is for
 * the rest of each poll's work and whatever else shares the cores (the routers' half of each exchange, in the lab).
 * Polls wait in turn, within their device deadline, before they connect, so their connect and login timeouts count
 * the router's time only. Curve25519 fleets are never held back (thousands of exchanges fit); an exchange counts
 * until its keys are established or its session ends, not through the login that follows.
 */
@Singleton
public class KeyExchangeGate implements SessionListener {

    /** Where a session's connection context holds its admission. */
    static final AttributeKey<Ticket> KEY = new AttributeKey<>();
    /** What an exchange counts as before any was measured: a 4,096-bit group exchange with C1 alone, about. */
    static final long FIRST_GUESS_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** The weight of each new measure in the mean, as in TCP's smoothed round-trip time. */
    private static final double WEIGHT = 1.0 / 8;
    /** Most routers whose last exchange is remembered; past it (an inventory that keeps changing) memory restarts. */
    private static final int MAX_REMEMBERED = 100_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long budgetNanos;
    private final ReentrantLock lock = new ReentrantLock();
    /** Polls waiting, first come first served: one that does not fit yet holds back those behind it. */
    private final Deque<Waiter> queue = new ArrayDeque<>();
    /** Each router's last measured exchange, by the name its poll gives it. */
    private final Map<String, Long> lastCost = new HashMap<>();
    private double inProgressNanos;
    // Changed under the lock only; volatile so that the metrics and messages read them without it.
    private volatile int inProgress;
    private volatile double meanNanos = FIRST_GUESS_NANOS;

    @Inject
    KeyExchangeGate(SshConfig config) {
        this(Runtime.getRuntime().availableProcessors() * config.authTimeout().toNanos() / 16);
    }

    /** @param budgetNanos the CPU time the exchanges in progress may need together */
    KeyExchangeGate(long budgetNanos) {
        this.budgetNanos = budgetNanos;
    }

    /**
     * Waits for the poll's turn to start an exchange.
     *
     * @param peer     the router (or bastion) as the poll names it, whose last exchange's cost counts
     * @param deadline {@link System#nanoTime()} value after which to stop waiting
     * @return the admission, to put in the session's context, or null when the deadline came first
     */
    Ticket admit(String peer, long deadline) throws InterruptedException {
        lock.lock();
        try {
            Waiter waiter = new Waiter(peer, lock.newCondition());
            queue.addLast(waiter);
            boolean handedOver = false;
            try {
                letIn();
                while (waiter.ticket == null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return null;
                    }
                    waiter.turn.awaitNanos(left);
                }
                handedOver = true;
                return waiter.ticket;
            } finally {
                if (waiter.ticket != null && !handedOver) {
                    // Interrupted as its turn came: the place goes back.
                    waiter.ticket.release();
                } else if (waiter.ticket == null) {
                    queue.remove(waiter);
                    // The polls behind it may fit where it did not.
                    letIn();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** With the lock held: admits the polls at the front of the queue for as long as each fits. */
    private void letIn() {
        for (Waiter first = queue.peekFirst(); first != null; first = queue.peekFirst()) {
            Long last = lastCost.get(first.peer);
            double estimate = last != null ? last : meanNanos;
            if (inProgress > 0 && inProgressNanos + estimate > budgetNanos) {
                break;
            }
            queue.removeFirst();
            inProgress++;
            inProgressNanos += estimate;
            first.ticket = new Ticket(first.peer, estimate);
            first.turn.signal();
        }
    }

    /** Why a poll could not start its exchange, for its failure reason. */
    String busy() {
        return inProgress + " key exchanges in progress, " + Math.round(meanNanos / 1e6)
                + " ms of CPU each on average, filled this daemon's CPU";
    }

    /** The mean CPU time of a key exchange, in seconds, for the metrics. */
    public double meanSeconds() {
        return meanNanos / 1e9;
    }

    /** Polls waiting to start their key exchange, for the metrics. */
    public int waiting() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** With the lock held: an exchange has ended, and what it spent, when known, becomes its router's cost. */
    private void ended(Ticket ticket, long cpuNanos) {
        inProgress--;
        inProgressNanos = inProgress == 0 ? 0 : inProgressNanos - ticket.estimateNanos;
        if (cpuNanos > 0) {
            meanNanos += WEIGHT * (cpuNanos - meanNanos);
            if (lastCost.size() >= MAX_REMEMBERED && !lastCost.containsKey(ticket.peer)) {
                lastCost.clear();
            }
            lastCost.put(ticket.peer, cpuNanos);
        }
        letIn();
    }

    /** The factory's exchanges, each measured into the admission in its session's context. */
    KeyExchangeFactory measuring(KeyExchangeFactory factory) {
        return new KeyExchangeFactory() {
            @Override
            public String getName() {
                return factory.getName();
            }

            @Override
            public KeyExchange createKeyExchange(Session session) throws Exception {
                return measured(factory.createKeyExchange(session), ticketOf(session));
            }
        };
    }

    /** @param ticket where to add the exchange's CPU time; null (a session admitted by no one) for nowhere */
    KeyExchange measured(KeyExchange exchange, Ticket ticket) {
        return ticket == null ? exchange : new MeasuredExchange(exchange, ticket);
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.KeyEstablished) {
            release(session);
        }
    }

    @Override
    public void sessionClosed(Session session) {
        release(session);
    }

    private static void release(Session session) {
        Ticket ticket = ticketOf(session);
        if (ticket != null) {
            ticket.release();
        }
    }

    private static Ticket ticketOf(Session session) {
        return session instanceof ClientSession client && client.getConnectionContext() != null
                ? client.getConnectionContext().getAttribute(KEY)
                : null;
    }

    /** A poll waiting for its turn; {@code ticket} is set, under the lock, when it comes. */
    private static final class Waiter {

        private final String peer;
        private final Condition turn;
        private Ticket ticket;

        Waiter(String peer, Condition turn) {
            this.peer = peer;
            this.turn = turn;
        }
    }

    /**
     * One exchange's place among those in progress, and the CPU time it has spent; given back, once however often,
     * when its keys are established or its session ends, its CPU time becomes its router's cost.
     */
    final class Ticket {

        private final String peer;
        private final double estimateNanos;
        private final AtomicBoolean released = new AtomicBoolean();
        // Written by one I/O thread at a time (MINA reads a session's messages in turn), read at the release.
        private volatile long cpuNanos;
        private volatile boolean measurable = true;

        Ticket(String peer, double estimateNanos) {
            this.peer = peer;
            this.estimateNanos = estimateNanos;
        }

        void spent(long startNanos, long endNanos) {
            if (startNanos < 0 || endNanos < 0) {
                // A virtual thread has no CPU time of its own (-1): such an exchange teaches nothing.
                measurable = false;
            }
            cpuNanos += endNanos - startNanos;
        }

        void release() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            lock.lock();
            try {
                ended(this, measurable ? cpuNanos : 0);
            } finally {
                lock.unlock();
            }
        }
    }

    /** Adds up the CPU time of MINA's calls into the exchange, which does all its arithmetic in them. */
    private static final class MeasuredExchange implements KeyExchange {

        private final KeyExchange exchange;
        private final Ticket ticket;

        MeasuredExchange(KeyExchange exchange, Ticket ticket) {
            this.exchange = exchange;
            this.ticket = ticket;
        }

        @Override
        public void init(byte[] serverVersion, byte[] clientVersion, byte[] serverKexInit, byte[] clientKexInit)
                throws Exception {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                exchange.init(serverVersion, clientVersion, serverKexInit, clientKexInit);
            } finally {
                ticket.spent(start, THREADS.getCurrentThreadCpuTime());
            }
        }

        @Override
        public boolean next(int cmd, Buffer buffer) throws Exception {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                return exchange.next(cmd, buffer);
            } finally {
                ticket.spent(start, THREADS.getCurrentThreadCpuTime());
            }
        }

        @Override
        public String getName() {
            return exchange.getName();
        }

        @Override
        public Session getSession() {
            return exchange.getSession();
        }

        @Override
        public Digest getHash() {
            return exchange.getHash();
        }

        @Override
        public byte[] getH() {
            return exchange.getH();
        }

        @Override
        public byte[] getK() {
            return exchange.getK();
        }
    }
}
