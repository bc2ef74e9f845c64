package org.haven.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Watches, from the test JVM, the folders where the Payara Micro that Arquillian started for this class would
 * write the container's multipart temporary files ({@code upload_<id>_<n>.tmp}): its runtime directory (found
 * through the files the server process holds open, under /proc: Linux, like the rest of the test set-up) and
 * java.io.tmpdir. Every file created there while it watches is recorded, even one deleted at once.
 */
public final class ServerTempFiles implements AutoCloseable {

    private static final String PROBE = "upload_haven-watch-probe.tmp";

    private final WatchService watcher;
    private final Path runtime;
    private final List<String> created = new CopyOnWriteArrayList<>();

    private ServerTempFiles(Path runtime) throws IOException {
        this.runtime = runtime;
        this.watcher = FileSystems.getDefault().newWatchService();
        register(runtime);
        Path.of(System.getProperty("java.io.tmpdir")).register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        Thread.ofPlatform().daemon().name("server-temp-watch").start(this::read);
    }

    /** Starts watching, and proves the watch works on a probe file before returning. */
    public static ServerTempFiles watch() {
        try {
            ServerTempFiles files = new ServerTempFiles(runtimeDirectory());
            files.probe();
            files.created.clear();
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The multipart temporary files created since the watch began. A probe file written now and seen by the
     * watch first makes sure every earlier event has been read (one inotify queue, in order).
     */
    public List<String> multipartFiles() {
        probe();
        return created.stream().map(p -> Path.of(p).getFileName().toString())
                .filter(name -> name.matches("upload_.*\\.tmp") && !name.equals(PROBE)).toList();
    }

    private void probe() {
        Path probe = runtime.resolve(PROBE);
        created.remove(probe.toString());
        try {
            Files.writeString(probe, "probe");
            Files.delete(probe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!created.contains(probe.toString())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The watch on " + runtime + " saw nothing");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    public Path runtime() {
        return runtime;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }

    /** The runtime directory of the Payara Micro process this JVM started. */
    private static Path runtimeDirectory() throws IOException {
        ProcessHandle server = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No Payara Micro started by this JVM"));
        List<Path> open = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(server.pid()), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    open.add(Files.readSymbolicLink(fd));
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing
                }
            }
        }
        for (Path file : open) {
            for (int i = 0; i < file.getNameCount(); i++) {
                if (file.getName(i).toString().startsWith("payaramicro-rt")) {
                    return file.getRoot().resolve(file.subpath(0, i + 1));
                }
            }
        }
        throw new IllegalStateException("No open file of the server under a payaramicro-rt directory");
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            }
        }
    }

    private void read() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        Path path = dir.resolve(name);
                        created.add(path.toString());
                        if (Files.isDirectory(path) && path.startsWith(runtime)) {
                            register(path);
                        }
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // closed by the test
        } catch (IOException e) {
            created.add("watch failed: " + e);
        }
    }
}
