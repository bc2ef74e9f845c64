package org.haven.linking.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.cases.application.DemoTexts;
import org.haven.linking.domain.LinkingRepository;
import org.haven.linking.domain.Signal;
import org.haven.reporting.application.ReportSubmission;
import org.haven.reporting.domain.ReportForm;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * In demo mode, two related reports of two schools (issue 20), so that a newcomer sees a suggestion: a collège
 * pupil and a lycée witness both name the account {@code @demo_rumeurs_06}. The referent of each school sees
 * nothing of the other's; the district lead sees the match. Sent through the same submission as real reports
 * (anonymous, not urgent), once: not again when the signal is already known.
 */
@Singleton
@Startup
@DependsOn({"DirectoryStartup", "ReportingStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoRelatedReports {

    static final String HANDLE = "demo_rumeurs_06";

    private static final Logger LOG = Logger.getLogger(DemoRelatedReports.class.getName());

    @Inject
    @ConfigProperty(name = "haven.demo", defaultValue = "false")
    boolean demo;

    @Inject
    ReportSubmission submission;

    @Inject
    LinkingRepository repository;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        if (!demo || !repository.sharing(List.of(new Signal(Signal.Kind.HANDLE, HANDLE)), List.of(), null, 1)
                .isEmpty()) {
            return;
        }
        String day = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().minusDays(2).toString();
        DemoTexts texts = DemoTexts.of("linking");
        send("DEMO-COLLEGE", texts.text("college.description"), day, false);
        send("DEMO-LYCEE", texts.text("lycee.description"), day, true);
        LOG.info("Demo: two related reports of two schools sent (the handle @" + HANDLE + ")");
    }

    private void send(String school, String description, String day, boolean witness) {
        submission.submit(new ReportForm(school, "HUMILIATION", description, day, null, false,
                List.of("INSTAGRAM"), null, witness, true, null, null,
                new ReportForm.RiskAnswers(false, false, false, false, false, false), List.of()), List.of(),
                Optional.empty(), Locale.FRENCH);
    }
}
