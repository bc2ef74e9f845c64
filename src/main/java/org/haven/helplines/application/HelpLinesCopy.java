package org.haven.helplines.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.haven.helplines.domain.HelpResource;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    /** By country: the public resources page may ask for another country than the district's. */
    private final Map<String, List<Kept>> byCountry = new ConcurrentHashMap<>();
    private volatile String districtCountry = "FR";

    void keep(String country, List<Kept> current) {
        byCountry.put(country, List.copyOf(current));
    }

    /** The country whose lines a pupil gets (the district's), set at start-up. */
    void districtCountry(String country) {
        districtCountry = country.toUpperCase(Locale.ROOT);
    }

    /** As {@link HelpResources#forRisks} for the district: lines for these dangers first, then the general ones. */
    List<HelpLine> forRisks(Set<String> riskTags, Locale locale) {
        return byCountry.getOrDefault(districtCountry, List.of()).stream()
                .filter(k -> HelpResource.answers(k.risks(), riskTags))
                .sorted(Comparator.comparing((Kept k) -> !HelpResource.answersAny(k.risks(), riskTags))
                        .thenComparing(Kept::sortOrder))
                .map(k -> k.in(locale))
                .toList();
    }

    public boolean isEmpty() {
        return byCountry.getOrDefault(districtCountry, List.of()).isEmpty();
    }
}
