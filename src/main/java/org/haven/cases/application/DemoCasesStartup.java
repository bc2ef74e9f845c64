package org.haven.cases.application;

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

/** In demo mode, once the demo district and the protocols are loaded, adds the demo cases (first start only). */
@Singleton
@Startup
@DependsOn({"DirectoryStartup", "ProtocolStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCasesStartup {

    private static final Logger LOG = Logger.getLogger(DemoCasesStartup.class.getName());

    @Inject
    @ConfigProperty(name = "haven.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoCases demoCases;

    @Inject
    org.haven.insight.application.DemoInsight demoInsight;

    @PostConstruct
    void start() {
        if (demo) {
            List<String> made = demoCases.loadIfAbsent();
            if (!made.isEmpty()) {
                demoInsight.loadHistory();
                LOG.info(() -> "Demo cases loaded: " + String.join(", ", made));
            }
        }
    }
}
