package org.haven.protocol.infrastructure;

import org.haven.protocol.domain.Phrase;

import java.util.Collection;
import java.util.Optional;

/** "did you mean ...?" for typos: the closest known word within two edits. */
final class Suggestions {

    private Suggestions() {
    }

    /** " (did you mean 'x'?)" as a phrase, or "" when no known word is close. */
    static Object didYouMean(String word, Collection<String> known) {
        return closest(word, known).<Object>map(best -> Phrase.of(
                "protocol.problem.didYouMean", best)).orElse("");
    }

    static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
