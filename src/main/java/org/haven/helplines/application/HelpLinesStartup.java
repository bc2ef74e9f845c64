package org.haven.helplines.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.haven.directory.application.SchoolAdministration;

import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads the district's help lines once at start-up, which fills {@link HelpLinesCopy}: from then on a report sent
 * while the database is down still answers with the help lines (issue 13).
 */
@Singleton
@Startup
@DependsOn("OutsideBodiesStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HelpLinesStartup {

    private static final Logger LOG = Logger.getLogger(HelpLinesStartup.class.getName());

    @Inject
    HelpResources resources;

    @Inject
    SchoolAdministration schools;

    @Inject
    HelpLinesCopy copy;

    @PostConstruct
    void load() {
        String country = schools.districtCountry();
        copy.districtCountry(country);
        int n = resources.forRisks(country, Set.of(), Locale.FRENCH).size();
        LOG.info(() -> "Help lines kept in memory for outages: " + n + " general line(s)");
    }
}
