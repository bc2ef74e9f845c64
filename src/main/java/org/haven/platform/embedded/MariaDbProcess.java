package org.haven.platform.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One mariadbd (or mariadb-install-db) process, its output appended to a log file (a file rather than a pipe, so
 * that nothing the server writes while it shuts down is lost), its readiness and its last lines read from that file.
 * Stopping sends SIGTERM, which is MariaDB's clean shutdown.
 */
final class MariaDbProcess {

    private static final String READY = "ready for connections";
    private static final int KEPT_LINES = 30;

    private final Process process;
    private final Path log;
    private final long logStart;

    private MariaDbProcess(Process process, Path log, long logStart) {
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    static MariaDbProcess start(MariaDbBinaries binaries, List<String> command, Path log) throws IOException {
        long start = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .directory(binaries.home().toFile());
        builder.environment().put(binaries.libraryPathVariable(), binaries.libs().toString());
        return new MariaDbProcess(builder.start(), log, start);
    }

    /** Runs a one-off command (the installer) to its end; fails with its last lines when it does not succeed. */
    static void runToEnd(MariaDbBinaries binaries, List<String> command, Path log, Duration timeout)
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
    void awaitReady(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(READY)) {
            if (!process.isAlive()) {
                throw new EmbeddedDbException("The database server stopped while starting (exit "
                        + process.exitValue() + "):" + tail());
            }
            if (System.nanoTime() > deadline) {
                stop(Duration.ofSeconds(30));
                throw new EmbeddedDbException("The database server was not ready after " + timeout.toSeconds()
                        + " s:" + tail());
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
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

    long pid() {
        return process.pid();
    }

    /** The last lines this process wrote, for an error message. */
    String tail() {
        try {
            List<String> lines = output().lines().toList();
            List<String> last = lines.subList(Math.max(0, lines.size() - KEPT_LINES), lines.size());
            return last.isEmpty() ? " (no output)" : "\n  " + String.join("\n  ", last);
        } catch (IOException e) {
            return " (its log " + log + " could not be read: " + e.getMessage() + ")";
        }
    }

    private String output() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = Math.min(file.length() - logStart, 4L * 1024 * 1024);
            if (length <= 0) {
                return "";
            }
            byte[] bytes = new byte[(int) length];
            file.seek(file.length() - length);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
