package org.haven.platform.embedded;

import java.nio.file.Path;

/**
 * {@code java -cp ... org.haven.platform.embedded.EmbeddedMariaDbMain <baseDir> <port> <database>}, the launcher of
 * {@code deploy/run.sh}: prints {@code HAVEN-DB-READY <url>} once the server accepts connections, stops it cleanly
 * on SIGTERM, and exits with status 1 if the server dies on its own, so that the script notices. A refusal (see
 * {@link DataFolder}) is printed as {@code HAVEN-DB-REFUSED <reason>} with exit status 3.
 */
public final class EmbeddedMariaDbMain {

    private EmbeddedMariaDbMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedMariaDbMain <baseDir> <port> <database>");
            System.exit(2);
        }
        EmbeddedMariaDb.Settings settings = EmbeddedMariaDb.Settings.of(Path.of(args[0]), Integer.parseInt(args[1]),
                args[2]).minFreeMb(Long.getLong("haven.db.min-free-mb", EmbeddedMariaDb.DEFAULT_MIN_FREE_MB));
        EmbeddedMariaDb server;
        try {
            server = EmbeddedMariaDb.start(settings);
        } catch (EmbeddedDbException e) {
            System.out.println("HAVEN-DB-REFUSED " + e.getMessage());
            System.out.flush();
            System.exit(3);
            return;
        }
        Thread stopper = new Thread(server::close, "embedded-mariadb-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        System.out.println("HAVEN-DB-READY " + server.jdbcUrl(args[2]));
        System.out.flush();
        int code = server.awaitExit();
        System.out.println("HAVEN-DB-EXITED " + code);
        System.out.flush();
        Runtime.getRuntime().halt(code == 0 ? 0 : 1);
    }
}
