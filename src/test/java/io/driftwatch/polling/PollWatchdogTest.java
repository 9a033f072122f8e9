package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.domain.PollStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The watchdog on real threads: one that ignores its deadline, one that keeps to it. */
class PollWatchdogTest {

    private static final Duration DEADLINE = Duration.ofMillis(300);
    private static final Duration MARGIN = Duration.ofMillis(200);

    private final BlockingQueue<ProbeResult> results = new LinkedBlockingQueue<>();
    private final Semaphore permits = new Semaphore(1);

    @Test
    void aPollStuckPastTheDeadlineAndMarginIsRecordedTimeoutOnceAndItsThreadInterrupted() throws Exception {
        permits.acquire();
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch lateResultGiven = new CountDownLatch(1);
        try (PollWatchdog watchdog = new PollWatchdog(DEADLINE, MARGIN, Clock.systemUTC())) {
            PollWatchdog.Watched watched = watchdog.watch(target("stuck"), permits, results);
            long start = System.nanoTime();
            Thread poll = new Thread(() -> {
                watched.runsOn(Thread.currentThread());
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                // What an abandoned poll hands back once it gives up: too late to count.
                watched.finished(result("stuck", PollStatus.ERROR));
                lateResultGiven.countDown();
            });
            poll.start();

            ProbeResult ended = results.poll(5, TimeUnit.SECONDS);
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(PollStatus.TIMEOUT, ended.status());
            assertTrue(ended.reason().startsWith("the sweep watchdog ended the poll"), ended.reason());
            assertTrue(tookMs >= DEADLINE.plus(MARGIN).toMillis(), "ended after " + tookMs + " ms");
            assertTrue(tookMs < 2_000, "ended after " + tookMs + " ms");
            // The slot is handed on to the next device at once.
            assertEquals(1, permits.availablePermits());

            assertTrue(lateResultGiven.await(5, TimeUnit.SECONDS));
            poll.join(5_000);
            assertTrue(interrupted.get(), "the stuck poll's thread was interrupted");
            assertNull(results.poll(200, TimeUnit.MILLISECONDS), "the late result was dropped");
            assertEquals(1, permits.availablePermits(), "the slot was released once only");
            assertEquals(0, watchdog.watching());
        }
    }

    @Test
    void aPollThatKeepsToItsDeadlineGivesItsOwnResultAndIsNeverEnded() throws Exception {
        permits.acquire();
        try (PollWatchdog watchdog = new PollWatchdog(DEADLINE, MARGIN, Clock.systemUTC())) {
            PollWatchdog.Watched watched = watchdog.watch(target("quick"), permits, results);
            Thread poll = new Thread(() -> {
                watched.runsOn(Thread.currentThread());
                watched.finished(result("quick", PollStatus.OK));
            });
            poll.start();
            poll.join(5_000);

            assertEquals(PollStatus.OK, results.take().status());
            // Well past the limit: the watchdog has nothing to say about a poll that already finished.
            Awaitility.await("the watchdog silent past its limit").during(DEADLINE.plus(MARGIN).multipliedBy(2))
                    .atMost(Duration.ofSeconds(5)).until(results::isEmpty);
            assertTrue(results.isEmpty());
            assertEquals(1, permits.availablePermits());
            assertEquals(0, watchdog.watching());
        }
    }

    private static PollTarget target(String name) {
        return PollTarget.to(1, name, "127.0.0.1", 22).platform("cisco_ios", null, "show version")
                .login("netops", null, List.of()).build();
    }

    private static ProbeResult result(String name, PollStatus status) {
        return ProbeResult.unanswered(target(name), status, null, Clock.systemUTC().instant(), 0, 1);
    }
}
