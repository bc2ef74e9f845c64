package org.haven.platform.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Work in flight (HTTP requests, e-mail attempts) counted, so that a stop can wait for it: once draining, no new
 * work is let in ({@link #tryEnter()} answers false) and {@link #awaitIdle} waits for what already runs. A request cut
 * half-way would leave its author without a receipt they may already be waiting for; an e-mail attempt cut half-way
 * may be sent twice.
 */
@ApplicationScoped
public class ShutdownDrain {

    private final Object lock = new Object();
    private int inFlight;
    private boolean draining;

    /** Counts one unit of work in; false (nothing counted) once draining has begun. */
    public boolean tryEnter() {
        synchronized (lock) {
            if (draining) {
                return false;
            }
            inFlight++;
            return true;
        }
    }

    /** Counts one unit of work out; only after a {@link #tryEnter()} that answered true. */
    public void exit() {
        synchronized (lock) {
            inFlight--;
            lock.notifyAll();
        }
    }

    /** Runs the work counted in; false (work not run) once draining has begun. */
    public boolean run(Runnable work) {
        if (!tryEnter()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            exit();
        }
    }

    public void startDraining() {
        synchronized (lock) {
            draining = true;
        }
    }

    public boolean draining() {
        synchronized (lock) {
            return draining;
        }
    }

    public int inFlight() {
        synchronized (lock) {
            return inFlight;
        }
    }

    /** Waits until nothing is in flight or the time is up; true when idle. */
    public boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }
}
