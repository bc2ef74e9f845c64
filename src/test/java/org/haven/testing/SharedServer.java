package org.haven.testing;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * One Payara Micro for every black-box test class of a test JVM (the classes marked {@link OnSharedServer}): they
 * only speak HTTP to the application, so one boot serves them all instead of one boot (16-25 s, more under load)
 * per class. It is started on first use, with the options and environment Arquillian's container gets
 * (arquillian.xml's {@code cmdOptions} and {@code extraMicroOptions}, Failsafe's environment), deploys the WAR
 * that {@code mvn package} built at {@code /haven}, serves HTTP on loopback only, on a free port, and is stopped when
 * the test run ends ({@link SharedServerSession}, and a shutdown hook if the JVM ends otherwise).
 *
 * <p>Classes that need a server of their own stay on Arquillian: in-container tests, and black-box tests that
 * count on state held in one server's memory from its start (ReportingApiIT spends the per-address abuse limits).
 * Failsafe runs the two kinds in separate executions (pom.xml), so that only one application instance at a time
 * runs its timers (mail, deadlines) against the shared test database.
 */
public final class SharedServer {

    /** The JUnit tag of the classes that use it; pom.xml selects them by it. */
    public static final String TAG = "shared-server";

    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static Started started;
    private static RuntimeException failure;

    private record Started(Process process, URI base, Path log) {
    }

    private SharedServer() {
    }

    /**
     * The server's URL (its root; {@link Deployments#loopback} gives the application's), booting it on the first
     * call. A boot that failed fails every later call at once, with the same cause, instead of booting again.
     */
    public static synchronized URL url() {
        if (failure != null) {
            throw failure;
        }
        if (started == null) {
            try {
                started = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        try {
            return started.base().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server if this JVM started one; waits for it to exit (bounded), then kills it. */
    static synchronized void stop() {
        if (started == null) {
            return;
        }
        Process process = started.process();
        started = null;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Started start() {
        long begin = System.nanoTime();
        int port = freePort();
        Path log = Path.of(System.getProperty("haven.shared.server.log", "target/shared-server.log"));
        List<String> command = command(port);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedServer::stop, "shared-server-stop"));
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            Started server = new Started(process, base, log);
            awaitApplication(server);
            System.out.printf("Shared Payara Micro on %s answered after %.1f s (log: %s)%n", base,
                    (System.nanoTime() - begin) / 1e9, log);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the shared Payara Micro: " + command, e);
        }
    }

    /** Until the application answers its login page, or the server exits, or the start-up time is up. */
    private static void awaitApplication(Started server) {
        URI login = server.base().resolve("haven/login.xhtml");
        Process process = server.process();
        try {
            Awaiting.until("the shared Payara Micro to answer " + login, STARTUP,
                    () -> !process.isAlive() || answers(login));
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with status " + process.exitValue());
            }
        } catch (AssertionError | RuntimeException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The shared Payara Micro did not serve the application; end of "
                    + server.log() + ":\n" + tail(server.log()), e);
        }
    }

    private static boolean answers(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(10000);
        c.setInstanceFollowRedirects(false);
        try {
            return c.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        } finally {
            c.disconnect();
        }
    }

    private static List<String> command(int port) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arquillianOption("cmdOptions"));
        command.addAll(List.of("-jar", requiredFile("payara.microJar").toString(),
                "--deploy", requiredFile("haven.war").toString(), "--contextroot", "haven",
                "--port", Integer.toString(port)));
        // arquillian.xml's own pre-boot file (the deployment's commands) joins the loopback one: Payara Micro
        // reads a single --prebootcommandfile.
        List<String> extra = new ArrayList<>(arquillianOption("extraMicroOptions"));
        int preboot = extra.indexOf("--prebootcommandfile");
        Path deploymentCommands = null;
        if (preboot >= 0) {
            deploymentCommands = Path.of(extra.get(preboot + 1));
            extra.subList(preboot, preboot + 2).clear();
        }
        command.addAll(List.of("--prebootcommandfile", loopbackCommands(deploymentCommands).toString()));
        command.addAll(extra);
        return command;
    }

    /**
     * The HTTP listener on loopback only (Payara Micro has no option for it, its pre-boot commands do). The data
     * grid (Hazelcast) still listens on every address (port 6900 and up) even with --nocluster, as it does for
     * Arquillian's containers and deploy/run.sh: neither --interfaces 127.0.0.1 nor hazelcast.socket.bind.any=false
     * changed that (tried).
     */
    private static Path loopbackCommands(Path deploymentCommands) {
        try {
            Path file = Files.createTempFile("haven-shared-server", ".asadmin");
            file.toFile().deleteOnExit();
            String commands = "set configs.config.server-config.network-config.network-listeners"
                    + ".network-listener.http-listener.address=127.0.0.1\n";
            if (deploymentCommands != null) {
                commands += Files.readString(deploymentCommands, StandardCharsets.UTF_8);
            }
            Files.writeString(file, commands, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path requiredFile(String property) {
        Path file = Path.of(Optional.ofNullable(System.getProperty(property)).orElseThrow(() ->
                new IllegalStateException("System property " + property + " is not set (Failsafe sets it)")));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Build it first (mvn package): " + file);
        }
        return file;
    }

    /** A container property of arquillian.xml, split on spaces, so that both kinds of test run the same way. */
    static List<String> arquillianOption(String name) {
        try (InputStream in = SharedServer.class.getResourceAsStream("/arquillian.xml")) {
            if (in == null) {
                throw new IllegalStateException("arquillian.xml is not on the test class path");
            }
            NodeList properties = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element p = (Element) properties.item(i);
                if (name.equals(p.getAttribute("name"))) {
                    return Arrays.stream(p.getTextContent().strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read arquillian.xml", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
