package org.haven.safeguarding.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.safeguarding.application.OutsideBodies.NewBody;
import org.haven.safeguarding.domain.ReferralKind;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * On the first start of a French district, fills the directory of outside bodies with the national ones (119,
 * Pharos, 3018); the demo district also gets local bodies of a fictitious department, marked as examples. The
 * district admin completes and corrects the directory at /admin/bodies.xhtml.
 */
@Singleton
@Startup
@DependsOn("DirectoryStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutsideBodiesStartup {

    private static final Logger LOG = Logger.getLogger(OutsideBodiesStartup.class.getName());

    @Inject
    @ConfigProperty(name = "haven.demo", defaultValue = "false")
    boolean demo;

    @Inject
    OutsideBodies bodies;

    @PostConstruct
    void start() {
        if (!"FR".equals(bodies.country())) {
            return;
        }
        List<NewBody> seed = new ArrayList<>(List.of(
                new NewBody(ReferralKind.CHILD_PROTECTION, "119 – Allô enfance en danger (SNATED)", "119", null, null,
                        "Enfants en danger ou en risque de l’être, 24 h/24 ; transmet à la cellule départementale"
                                + " (CRIP).", 1),
                new NewBody(ReferralKind.PLATFORM_TAKEDOWN, "PHAROS – plateforme de signalement des contenus illicites",
                        null, null, "https://www.internet-signalement.gouv.fr",
                        "Contenus illicites en ligne : menaces, images intimes de mineurs, incitation à la haine.",
                        5),
                new NewBody(ReferralKind.ASSOCIATION, "e-Enfance / 3018", "3018", null, "https://e-enfance.org",
                        "Cyberharcèlement : écoute, conseils et retrait des contenus auprès des plateformes"
                                + " (signaleur de confiance).", 2)));
        if (demo) {
            seed.addAll(List.of(
                    new NewBody(ReferralKind.CHILD_PROTECTION, "CRIP du département (exemple de démonstration)",
                            "01 00 00 00 01", "crip@example.org", null,
                            "Informations préoccupantes sur un mineur en danger ou en risque de l’être.", 3),
                    new NewBody(ReferralKind.PROSECUTOR, "Parquet du tribunal judiciaire (exemple de démonstration)",
                            null, "parquet-mineurs@example.org", null,
                            "Signalements (article 40 du code de procédure pénale) des faits graves : menaces,"
                                    + " images intimes, violences.", 5),
                    new NewBody(ReferralKind.POLICE, "Commissariat – brigade de protection des familles (exemple)",
                            "17", "bpf@example.org", null, "Plaintes et faits pénaux, urgences.", 2),
                    new NewBody(ReferralKind.HEALTH, "Maison des adolescents (exemple de démonstration)",
                            "01 00 00 00 02", "mda@example.org", null,
                            "Soutien psychologique des 11-25 ans et de leurs familles, sans avance de frais.", 10)));
        }
        int added = bodies.seedIfEmpty(seed);
        if (added > 0) {
            LOG.info(() -> "Outside bodies directory seeded with " + added + " bodies");
        }
    }
}
