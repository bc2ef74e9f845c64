package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.haven.safeguarding.domain.HelpResource;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The district's help lines as last read from the database, in both languages, held in memory so that they can
 * still be given while the database is unreachable (issue 13). Filled at start-up ({@link HelpLinesStartup}) and
 * replaced by every later read, so an administrator's change reaches it with the next report.
 */
@ApplicationScoped
public class HelpLinesCopy {

    /** One active resource of the district's country: its risks, its place, and its line in each language. */
    public record Kept(String risks, int sortOrder, HelpLine fr, HelpLine en) {
        HelpLine in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : fr;
        }
    }

    private volatile List<Kept> lines = List.of();

    void keep(List<Kept> current) {
        lines = List.copyOf(current);
    }

    /** As {@link HelpResources#forRisks}: lines for these dangers first, then the general ones. */
    List<HelpLine> forRisks(Set<String> riskTags, Locale locale) {
        return lines.stream()
                .filter(k -> HelpResource.answers(k.risks(), riskTags))
                .sorted(Comparator.comparing((Kept k) -> !HelpResource.answersAny(k.risks(), riskTags))
                        .thenComparing(Kept::sortOrder))
                .map(k -> k.in(locale))
                .toList();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
