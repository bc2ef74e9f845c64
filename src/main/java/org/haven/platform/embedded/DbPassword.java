package org.haven.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The embedded database's application password, generated once and kept in a file only its owner can read. The
 * file is checked rather than repaired: a missing, corrupt or world-readable file stops the start with the reason,
 * and is never overwritten (a new password would lock the application out of its own data).
 */
final class DbPassword {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DbPassword() {
    }

    /** Accepted passwords: letters and digits only, so that they can be written into SQL and option files as is. */
    static String requireValid(String password, String where) {
        if (password == null || !password.matches("[A-Za-z0-9]{5,128}")) {
            throw new EmbeddedDbException("The database password in " + where + " is not valid (5 to 128 letters"
                    + " or digits expected). Nothing was changed; put back the right file (or restore it from"
                    + " where you keep your copy).");
        }
        return password;
    }

    /** Reads the password file of an existing database. */
    static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new EmbeddedDbException("The database password file " + file + " is missing while the database"
                    + " exists. Nothing was changed; put the file back (mode 0600).");
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(mode)) {
            throw new EmbeddedDbException("The database password file " + file + " can be read by others (mode "
                    + PosixFilePermissions.toString(mode) + "): run chmod 600 on it and start again.");
        }
        return requireValid(Files.readString(file).strip(), file.toString());
    }

    /** Writes a password for a new database: the file is created 0600 before anything is written into it. */
    static void write(Path file, String password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, requireValid(password, file.toString()) + "\n");
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
