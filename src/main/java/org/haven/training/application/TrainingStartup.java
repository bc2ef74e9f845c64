package org.haven.training.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, after the directory: loads and checks the training modules (refused ones are logged with
 * file:line), and in demo mode gives the demo district assignments and a few completions.
 */
@Singleton
@Startup
@DependsOn("DirectoryStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingStartup {

    @Inject
    @ConfigProperty(name = "haven.demo", defaultValue = "false")
    boolean demo;

    @Inject
    TrainingCatalog catalog;

    @Inject
    TrainingDemo demoTraining;

    @PostConstruct
    void start() {
        catalog.load();
        if (demo) {
            demoTraining.loadIfAbsent();
        }
    }
}
