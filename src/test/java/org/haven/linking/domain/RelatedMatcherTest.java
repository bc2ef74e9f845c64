package org.haven.linking.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelatedMatcherTest {

    private static Set<Signal> report(String description, Set<String> platforms, LocalDate on, String targetClass) {
        return SignalExtractor.extract(new ReportText(description, null, List.of(), platforms, on,
                targetClass == null, targetClass));
    }

    @Test
    void theSameHandleWrittenDifferentlyRelatesTwoReports() {
        Set<Signal> a = report("Le compte @Kévin_93 m'insulte", Set.of(), null, null);
        Set<Signal> b = report("c'est kevin_93 sur insta qui poste ça", Set.of(), null, null);

        assertEquals(Optional.of(List.of(new Signal(Signal.Kind.HANDLE, "kevin_93"))), RelatedMatcher.shared(a, b));
    }

    @Test
    void aProfileAddressMeetsAHandle() {
        Set<Signal> a = report("voir https://www.instagram.com/Kevin_93/", Set.of(), null, null);
        Set<Signal> b = report("@kevin_93", Set.of(), null, null);

        assertTrue(RelatedMatcher.shared(a, b).isPresent());
    }

    @Test
    void theSamePhoneNumberRelatesTwoReports() {
        assertTrue(RelatedMatcher.shared(report("il m'écrit du 06 12 34 56 78", Set.of(), null, null),
                report("numéro +33612345678", Set.of(), null, null)).isPresent());
    }

    @Test
    void theSameVideoRelatesTwoReportsWhateverTheTrackingPartOfItsAddress() {
        assertTrue(RelatedMatcher.shared(
                report("https://www.tiktok.com/@x_y/video/42?lang=fr", Set.of(), null, null),
                report("tiktok.com/@x_y/video/42/", Set.of(), null, null)).isPresent());
    }

    @Test
    void differentHandlesDoNotRelate() {
        assertEquals(Optional.empty(), RelatedMatcher.shared(report("@kevin_93", Set.of(), null, null),
                report("@kevin_94", Set.of(), null, null)));
    }

    @Test
    void theSamePlatformAndWeekAloneIsNotEnough() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertEquals(Optional.empty(), RelatedMatcher.shared(report("a", Set.of("TIKTOK"), day, null),
                report("b", Set.of("TIKTOK"), day.minusDays(2), null)));
    }

    @Test
    void theSameClassAloneIsNotEnough() {
        assertEquals(Optional.empty(), RelatedMatcher.shared(report("a", Set.of(), null, "4e B"),
                report("b", Set.of(), null, "4ème B")));
    }

    @Test
    void theSamePlatformPeriodAndTargetClassTogetherRelate() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        Optional<List<Signal>> shared = RelatedMatcher.shared(report("a", Set.of("TIKTOK"), day, "4e B"),
                report("b", Set.of("TIKTOK", "SNAPCHAT"), day.plusDays(3), "4EB"));

        assertTrue(shared.isPresent());
        assertTrue(shared.get().contains(new Signal(Signal.Kind.TARGET_CLASS, "4b")), shared.toString());
    }

    @Test
    void neighbouringWeeksMeetButAFortnightApartDoesNot() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        Set<Signal> a = report("a", Set.of("TIKTOK"), monday, "4e B");

        assertTrue(RelatedMatcher.shared(a, report("b", Set.of("TIKTOK"), monday.minusDays(1), "4e B")).isPresent());
        assertTrue(RelatedMatcher.shared(a, report("b", Set.of("TIKTOK"), monday.plusDays(7), "4e B")).isPresent());
        assertEquals(Optional.empty(),
                RelatedMatcher.shared(a, report("b", Set.of("TIKTOK"), monday.plusDays(14), "4e B")));
    }

    @Test
    void anotherPlatformTheSameWeekDoesNotCount() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertEquals(Optional.empty(), RelatedMatcher.shared(report("a", Set.of("TIKTOK"), day, "4e B"),
                report("b", Set.of("SNAPCHAT"), day, "4e B")));
    }

    @Test
    void strongSignalsAreGivenFirstAsTheReason() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        List<Signal> shared = RelatedMatcher.shared(report("@kevin_93", Set.of("TIKTOK"), day, null),
                report("@kevin_93", Set.of("TIKTOK"), day, null)).orElseThrow();

        assertEquals(Signal.Kind.HANDLE, shared.getFirst().kind());
        assertEquals(3, shared.size(), shared.toString());
    }

    @Test
    void matchesAreRankedStrongestFirst() {
        List<RelatedMatcher.Match> matches = new ArrayList<>(List.of(
                new RelatedMatcher.Match(1, List.of(new Signal(Signal.Kind.TARGET_CLASS, "4b"),
                        new Signal(Signal.Kind.PLATFORM_WEEK, "X:2026-W50"))),
                new RelatedMatcher.Match(2, List.of(new Signal(Signal.Kind.HANDLE, "a_b"),
                        new Signal(Signal.Kind.PHONE, "0612345678"))),
                new RelatedMatcher.Match(3, List.of(new Signal(Signal.Kind.HANDLE, "a_b")))));
        matches.sort(RelatedMatcher.STRONGEST_FIRST);

        assertEquals(List.of(2L, 3L, 1L), matches.stream().map(RelatedMatcher.Match::reportId).toList());
    }

    @Test
    void nothingSharedIsNoMatch() {
        assertEquals(Optional.empty(), RelatedMatcher.match(5, Set.of(), Set.of()));
    }
}
