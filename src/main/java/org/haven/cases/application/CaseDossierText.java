package org.haven.cases.application;

import org.haven.cases.domain.CaseFile;
import org.haven.cases.domain.CaseParty;
import org.haven.evidence.domain.DossierContent;
import org.haven.platform.i18n.Messages;
import org.haven.protocol.domain.ProtocolDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How a case reads in its evidence dossier: its facts line by line, and each timeline entry as who did what. */
final class CaseDossierText {

    private CaseDossierText() {
    }

    static List<String> summary(CaseFile c, ProtocolDefinition protocol, List<CaseParty> parties, Locale locale) {
        List<String> summary = new ArrayList<>();
        summary.add(line(locale, "case.protocol", Messages.text(locale, "case.protocol.version",
                protocol.title().in(locale), c.protocolVersion())));
        summary.add(line(locale, "case.statusLabel", t(locale, "case.status." + c.status())));
        summary.add(line(locale, "case.opened", c.openedAt().toString()));
        summary.add(line(locale, "case.categoryLabel", t(locale, "case.category." + c.category())));
        summary.add(line(locale, "case.riskLabel", t(locale, "case.risk." + c.riskLevel())));
        summary.add(line(locale, "case.occurredOn", c.occurredOn() == null ? t(locale, "case.notSaid")
                : c.occurredOn().toString()));
        Set<String> where = new java.util.LinkedHashSet<>();
        if (c.place() != null) {
            where.add(c.place());
        }
        c.platforms().forEach(p -> where.add(t(locale, "report.platform." + p)));
        summary.add(line(locale, "case.place", where.isEmpty() ? t(locale, "case.notSaid") : String.join(", ", where)));
        summary.add(line(locale, "case.parties", parties.stream()
                .map(p -> p.displayName() + " (" + t(locale, "case.part." + p.part()) + ")")
                .collect(Collectors.joining(", "))));
        summary.add(line(locale, "case.description", c.description()));
        if (c.closingSummary() != null) {
            summary.add(line(locale, "case.summary", c.closingSummary()));
        }
        return summary;
    }

    static DossierContent.TimelineEntry entry(CaseViews.Event e, Locale locale) {
        return new DossierContent.TimelineEntry(e.at(), who(e.actor(), locale), what(e, locale));
    }

    private static String who(String actor, Locale locale) {
        return switch (actor) {
            case CaseEngine.SYSTEM -> t(locale, "case.actor.system");
            case "@reporter" -> t(locale, "case.actor.reporter");
            default -> actor;
        };
    }

    private static String what(CaseViews.Event e, Locale locale) {
        StringBuilder text = new StringBuilder(t(locale, "case.event." + e.kind()));
        if (e.subjectTitle() != null) {
            text.append(" — ").append(e.subjectTitle());
        }
        e.values().forEach(v -> text.append("\n").append(Messages.text(locale, "dossier.line", v.label(), v.value())));
        if (e.detail() != null) {
            text.append("\n").append(e.detail());
        }
        return text.toString();
    }

    private static String line(Locale locale, String labelKey, String value) {
        return Messages.text(locale, "dossier.line", t(locale, labelKey), value);
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
