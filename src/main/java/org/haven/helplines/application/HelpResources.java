package org.haven.helplines.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.helplines.domain.HelpResource;
import org.haven.helplines.domain.HelpResourceRepository;
import org.haven.platform.cache.AfterCommit;
import org.haven.platform.cache.ReadCache;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The resources directory: the help lines of a country, and those that fit the dangers a pupil described
 * (lines for those dangers first, then the general ones). The active lines of each country are kept in memory
 * (asked by every pupil's wizard and the public API): dropped after a change made through
 * {@link HelpResourceAdministration}, kept at most {@link #LIFETIME} (changes on another instance, or in SQL).
 */
@ApplicationScoped
public class HelpResources {

    static final Duration LIFETIME = Duration.ofSeconds(60);

    @Inject
    HelpResourceRepository lines;

    @Inject
    Clock clock;

    @Inject
    AfterCommit afterCommit;

    private ReadCache<String, List<HelpResource>> byCountry;

    @PostConstruct
    void createCache() {
        byCountry = new ReadCache<>(LIFETIME, clock);
    }

    /** Drops the kept lines once the current transaction commits. */
    public void changed() {
        afterCommit.run(byCountry::invalidate);
    }

    @Inject
    HelpLinesCopy copy;

    /** Tag of the escalation paths for takedowns (3018, PHAROS): for staff, never among a pupil's help lines. */
    public static final String TAKEDOWN = "TAKEDOWN";

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpLine> all(String country, Locale locale) {
        return active(country).stream().filter(r -> !r.risks().equals(TAKEDOWN)).map(r -> line(r, locale)).toList();
    }

    /** Where staff escalate a takedown that a platform does not handle (seeded by the evidence vault). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpLine> takedownEscalations(String country, Locale locale) {
        return active(country).stream().filter(r -> r.risks().equals(TAKEDOWN)).map(r -> line(r, locale)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HelpLine> forRisks(String country, Set<String> riskTags, Locale locale) {
        return active(country).stream()
                .filter(r -> r.answers(riskTags))
                .sorted(Comparator.comparing((HelpResource r) -> !r.answersAny(riskTags))
                        .thenComparing(HelpResource::sortOrder))
                .map(r -> line(r, locale))
                .toList();
    }

    /**
     * The help lines that fit these dangers from the copy kept in memory, for when the database cannot be reached:
     * a pupil in danger never gets less than the help lines. The copy is the last list read from the database (at
     * start-up, then at every load of the cache), in the same order as {@link #forRisks}.
     */
    public List<HelpLine> forRisksFromCopy(Set<String> riskTags, Locale locale) {
        return copy.forRisks(riskTags, locale);
    }

    /** The active lines (detached, only read) of the country; each load from the database refreshes the copy. */
    private List<HelpResource> active(String country) {
        String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
        return byCountry.get(code, () -> {
            List<HelpResource> rows = List.copyOf(lines.activeOf(code));
            copy.keep(code, rows.stream().map(r -> new HelpLinesCopy.Kept(r.risks(), r.sortOrder(),
                    line(r, Locale.FRENCH), line(r, Locale.ENGLISH))).toList());
            return rows;
        });
    }

    private static HelpLine line(HelpResource r, Locale locale) {
        return new HelpLine(r.name(locale), r.phone(), r.phone().replaceAll("[^0-9+]", ""), r.hours(locale),
                r.purpose(locale));
    }
}
