package org.haven.protocol.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.protocol.infrastructure.BundledProtocols;
import org.haven.protocol.infrastructure.ProtocolParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Checks and loads the protocol files at start-up: those shipped in the application, then those of the district's
 * folder (haven.protocols.dir), so a district's newer version wins. An invalid file is refused with file:line
 * reasons in the log, and the last valid version stays active.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProtocolStartup {

    private static final Logger LOG = Logger.getLogger(ProtocolStartup.class.getName());

    @Inject
    ProtocolCatalog catalog;

    @Inject
    @ConfigProperty(name = "haven.protocols.dir")
    Optional<String> districtFolder;

    @PostConstruct
    void load() {
        List<Map.Entry<String, String>> files = new ArrayList<>();
        for (String name : BundledProtocols.names()) {
            files.add(Map.entry(name, BundledProtocols.read(name)));
        }
        districtFolder.filter(f -> !f.isBlank()).map(Path::of).filter(Files::isDirectory)
                .ifPresent(folder -> files.addAll(readFolder(folder)));
        ProtocolParser parser = new ProtocolParser();
        for (Map.Entry<String, String> file : files) {
            try {
                ProtocolDefinition definition = parser.parse(file.getKey(), file.getValue());
                ProtocolCatalog.Outcome outcome = catalog.store(definition, file.getKey(), file.getValue(), null,
                        false);
                if (outcome == ProtocolCatalog.Outcome.REFUSED_CHANGED_VERSION) {
                    LOG.severe(() -> file.getKey() + ": version " + definition.version() + " of protocol '"
                            + definition.id() + "' is already stored with another text; a released version must not"
                            + " change. Give the new text a higher version number. The stored text stays in use.");
                } else {
                    LOG.info(() -> "Protocol " + definition.id() + " v" + definition.version() + " from "
                            + file.getKey() + ": " + outcome);
                }
            } catch (ProtocolInvalidException e) {
                e.problems().forEach(p -> LOG.severe(() -> "Protocol refused: " + p));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Protocol " + file.getKey() + " could not be loaded", e);
            }
        }
    }

    private static List<Map.Entry<String, String>> readFolder(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(p -> Map.entry(p.getFileName().toString(), read(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
