package org.haven.surveys.application;

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

/** In demo mode, once the demo district is loaded, adds the demo survey campaigns (first start only). */
@Singleton
@Startup
@DependsOn({"DirectoryStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSurveysStartup {

    private static final Logger LOG = Logger.getLogger(DemoSurveysStartup.class.getName());

    @Inject
    @ConfigProperty(name = "haven.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoSurveys demoSurveys;

    @PostConstruct
    void start() {
        if (demo) {
            List<String> made = demoSurveys.loadIfAbsent();
            if (!made.isEmpty()) {
                LOG.info(() -> "Demo survey open for the Collège's 4e B, code " + String.join(", ", made));
            }
        }
    }
}
