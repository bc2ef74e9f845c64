package org.haven.directory.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.logging.Logger;

/**
 * After the schema is migrated: in demo mode (haven.demo=true, set by deploy/run.sh for the embedded database),
 * loads the demo district on first start and prints its logins. Never in production, where the district and its
 * first administrator come from configuration (see {@link DistrictBootstrap}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryStartup {

    private static final Logger LOG = Logger.getLogger(DirectoryStartup.class.getName());

    @Inject
    @ConfigProperty(name = "haven.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoDistrict demoDistrict;

    @Inject
    DistrictBootstrap bootstrap;

    @PostConstruct
    void start() {
        if (demo) {
            List<String> created = demoDistrict.loadIfAbsent();
            if (!created.isEmpty()) {
                LOG.info(() -> "Demo district loaded. Logins (password " + DemoDistrict.PASSWORD + "): "
                        + String.join(", ", created));
            }
        } else {
            bootstrap.ensureDistrict();
        }
    }
}
