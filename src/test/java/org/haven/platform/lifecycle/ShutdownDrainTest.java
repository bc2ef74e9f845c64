package org.haven.platform.lifecycle;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShutdownDrainTest {

    @Test
    void onceDrainingNoNewWorkIsLetInButWorkInFlightIsWaitedFor() throws Exception {
        ShutdownDrain drain = new ShutdownDrain();
        assertTrue(drain.tryEnter(), "a request before the stop is let in");
        drain.startDraining();
        assertFalse(drain.tryEnter(), "a request after the stop is refused");
        AtomicBoolean ran = new AtomicBoolean();
        assertFalse(drain.run(() -> ran.set(true)), "an e-mail attempt not begun stays in the outbox");
        assertFalse(ran.get());
        assertEquals(1, drain.inFlight());

        CountDownLatch idle = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                if (drain.awaitIdle(Duration.ofSeconds(30))) {
                    idle.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        assertFalse(idle.await(200, TimeUnit.MILLISECONDS), "the stop waits while a request is in flight");
        drain.exit();
        assertTrue(idle.await(10, TimeUnit.SECONDS), "the stop goes on once the request finished");
        waiter.join(10_000);
    }

    @Test
    void theWaitIsBounded() throws Exception {
        ShutdownDrain drain = new ShutdownDrain();
        assertTrue(drain.tryEnter());
        drain.startDraining();
        assertFalse(drain.awaitIdle(Duration.ofMillis(100)), "a request that never ends does not hold the stop");
    }

    @Test
    void workRunsAndIsCountedOutWhenNotDraining() {
        ShutdownDrain drain = new ShutdownDrain();
        AtomicBoolean ran = new AtomicBoolean();
        assertTrue(drain.run(() -> ran.set(true)));
        assertTrue(ran.get());
        assertEquals(0, drain.inFlight());
    }
}
