package org.haven.platform.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One mariadbd (or mariadb-install-db) process: its output copied to a log stream, its last lines kept for the
 * error message, its readiness seen in its output. Stopping sends SIGTERM, which is MariaDB's clean shutdown.
 */
final class MariaDbProcess {

    private static final String READY = "ready for connections";
    private static final int KEPT_LINES = 30;

    private final Process process;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final CountDownLatch ready = new CountDownLatch(1);

    private MariaDbProcess(Process process, PrintStream log) {
        this.process = process;
        Thread pump = new Thread(() -> pump(log), "mariadbd-output-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    static MariaDbProcess start(MariaDbBinaries binaries, List<String> command, PrintStream log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(binaries.home().toFile());
        builder.environment().put(binaries.libraryPathVariable(), binaries.libs().toString());
        return new MariaDbProcess(builder.start(), log);
    }

    /** Runs a one-off command (the installer) to its end; fails with its last lines when it does not succeed. */
    static void runToEnd(MariaDbBinaries binaries, List<String> command, PrintStream log, Duration timeout)
            throws IOException, InterruptedException {
        MariaDbProcess p = start(binaries, command, log);
        if (!p.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.process.destroyForcibly();
            throw new EmbeddedDbException("Installing the database took more than " + timeout.toSeconds() + " s:"
                    + p.tail());
        }
        if (p.process.exitValue() != 0) {
            throw new EmbeddedDbException("Installing the database failed (exit " + p.process.exitValue() + "):"
                    + p.tail());
        }
    }

    /** Waits until the server accepts connections; fails with its last lines if it stops or takes too long. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.await(200, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive()) {
                throw new EmbeddedDbException("The database server stopped while starting (exit "
                        + process.exitValue() + "):" + tail());
            }
            if (System.nanoTime() > deadline) {
                stop(Duration.ofSeconds(30));
                throw new EmbeddedDbException("The database server was not ready after " + timeout.toSeconds()
                        + " s:" + tail());
            }
        }
    }

    /** SIGTERM (InnoDB flushes and closes its files), then SIGKILL only if it has not ended within the grace time. */
    boolean stop(Duration grace) throws InterruptedException {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        if (process.waitFor(grace.toSeconds(), TimeUnit.SECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return false;
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String tail() {
        synchronized (lastLines) {
            return lastLines.isEmpty() ? " (no output)" : "\n  " + String.join("\n  ", new ArrayList<>(lastLines));
        }
    }

    private void pump(PrintStream log) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                log.println(line);
                synchronized (lastLines) {
                    if (lastLines.size() == KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                    lastLines.addLast(line);
                }
                if (line.contains(READY)) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            log.println("(database output closed: " + e.getMessage() + ")");
        }
        log.flush();
    }

    static String path(Path p) {
        return p.toAbsolutePath().toString();
    }
}
