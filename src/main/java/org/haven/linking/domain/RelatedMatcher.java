package org.haven.linking.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether two reports are related, and why (issue 20). One shared strong signal (a handle, a phone number, a web
 * address) is enough; weak ones are common by nature (many pupils use TikTok the same week, a class has thirty
 * pupils), so they make a suggestion only together: the same platform and period AND the same target class.
 */
public final class RelatedMatcher {

    /** A related report and the signals it shares, strong ones first. */
    public record Match(long reportId, List<Signal> shared) {

        public long strongCount() {
            return shared.stream().filter(s -> s.kind().strong()).count();
        }
    }

    /** Strongest evidence first: more strong signals, then more signals, then the newer report. */
    public static final Comparator<Match> STRONGEST_FIRST = Comparator.comparingLong(Match::strongCount).reversed()
            .thenComparing(Comparator.comparingInt((Match m) -> m.shared().size()).reversed())
            .thenComparing(Comparator.comparingLong(Match::reportId).reversed());

    private RelatedMatcher() {
    }

    /** The signals shared when they make the two reports related; empty otherwise. */
    public static Optional<List<Signal>> shared(Collection<Signal> mine, Collection<Signal> theirs) {
        Set<Signal> common = new LinkedHashSet<>(mine);
        common.retainAll(Set.copyOf(theirs));
        boolean strong = common.stream().anyMatch(s -> s.kind().strong());
        boolean period = common.stream().anyMatch(s -> s.kind() == Signal.Kind.PLATFORM_WEEK);
        boolean target = common.stream().anyMatch(s -> s.kind() == Signal.Kind.TARGET_CLASS);
        if (!strong && !(period && target)) {
            return Optional.empty();
        }
        return Optional.of(common.stream().sorted(Comparator.comparing((Signal s) -> !s.kind().strong())
                .thenComparing(Signal::kind).thenComparing(Signal::value)).toList());
    }

    public static Optional<Match> match(long reportId, Collection<Signal> mine, Collection<Signal> theirs) {
        return shared(mine, theirs).map(s -> new Match(reportId, s));
    }
}
