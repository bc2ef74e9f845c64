package org.haven.linking.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalExtractorTest {

    private static Set<Signal> of(String description) {
        return SignalExtractor.extract(new ReportText(description, null, List.of(), Set.of(), null, true, null));
    }

    private static Signal handle(String v) {
        return new Signal(Signal.Kind.HANDLE, v);
    }

    @ParameterizedTest
    @CsvSource({
            "@Kévin_93, kevin_93",
            "@@KEVIN_93, kevin_93",
            "kevin_93, kevin_93",
            "'  @Léa.B  ', lea.b",
            "@.lea., lea"
    })
    void handlesIgnoreCaseAccentsAndTheAtSign(String raw, String expected) {
        assertEquals(Optional.of(expected), SignalText.handle(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"@ab", "@1234", "@...", "@" + "a123456789a123456789a123456789a123456789a"})
    void tooShortNumericOrTooLongIsNoHandle(String raw) {
        assertEquals(Optional.empty(), SignalText.handle(raw));
    }

    @ParameterizedTest
    @CsvSource({
            "https://www.TikTok.com/@Kevin_93/video/123?is_from_webapp=1#top, tiktok.com/@kevin_93/video/123",
            "http://tiktok.com/@kevin_93/video/123/, tiktok.com/@kevin_93/video/123",
            "www.tiktok.com/@kevin_93/video/123, tiktok.com/@kevin_93/video/123",
            "https://m.facebook.com/groups/4eB/, facebook.com/groups/4eb"
    })
    void urlsIgnoreSchemeWwwQueryFragmentAndTrailingSlash(String raw, String expected) {
        assertEquals(Optional.of(expected), SignalText.url(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://", "localhost/page", "not a url"})
    void anAddressWithoutAHostIsNoUrl(String raw) {
        assertEquals(Optional.empty(), SignalText.url(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0033612345678",
            "+33 (0)6 12 34 56 78", "06-12-34-56-78"})
    void frenchPhoneNumbersInEveryWritingAreOne(String raw) {
        assertEquals(Optional.of("0612345678"), SignalText.phone(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 34 56 78", "00 12 34 56 78", "+44 20 7946 0958"})
    void otherNumbersAreNoPhone(String raw) {
        assertEquals(Optional.empty(), SignalText.phone(raw));
    }

    @ParameterizedTest
    @CsvSource({"4e B, 4b", "4ème B, 4b", "4EB, 4b", "4eme b, 4b", "Seconde 3, seconde3"})
    void classesAreWrittenManyWays(String raw, String expected) {
        assertEquals(Optional.of(expected), SignalText.schoolClass(raw));
    }

    @Test
    void aDescriptionGivesItsHandlesPhonesAndAddresses() {
        Set<Signal> s = of("Ils m'insultent sur le compte @Kévin_93 et sur tiktok.com/@la_bande_du_4eB/video/77, "
                + "il m'a appelé du 06 12 34 56 78. Mon mail est moi@exemple.fr");

        assertTrue(s.contains(handle("kevin_93")), s.toString());
        assertTrue(s.contains(new Signal(Signal.Kind.URL, "tiktok.com/@la_bande_du_4eb/video/77")), s.toString());
        assertTrue(s.contains(handle("la_bande_du_4eb")), "the profile address names the account: " + s);
        assertTrue(s.contains(new Signal(Signal.Kind.PHONE, "0612345678")), s.toString());
        assertFalse(s.contains(handle("exemple.fr")), "an e-mail address is no handle: " + s);
        assertTrue(s.contains(new Signal(Signal.Kind.URL, "exemple.fr")), s.toString());
    }

    @Test
    void profileAddressesNameTheirAccountButPostsDoNot() {
        assertEquals(Optional.of("kevin_93"), SignalExtractor.profileName("instagram.com/kevin_93"));
        assertEquals(Optional.of("@kevin_93"), SignalExtractor.profileName("tiktok.com/@kevin_93/video/1"));
        assertEquals(Optional.of("kev93"), SignalExtractor.profileName("snapchat.com/add/kev93"));
        assertEquals(Optional.empty(), SignalExtractor.profileName("instagram.com/p/Cx12ab"));
        assertEquals(Optional.empty(), SignalExtractor.profileName("exemple.fr/kevin"));
    }

    @Test
    void linksGivenWithTheReportCountLikeAddressesInTheText() {
        Set<Signal> s = SignalExtractor.extract(new ReportText("rien", null,
                List.of("https://www.instagram.com/kevin_93/"), Set.of(), null, true, null));

        assertEquals(Set.of(new Signal(Signal.Kind.URL, "instagram.com/kevin_93"), handle("kevin_93")), s);
    }

    @Test
    void eachPlatformCountsInTheWeekItHappenedAndTheWeekBefore() {
        Set<Signal> s = SignalExtractor.extract(new ReportText("rien", null, List.of(), Set.of("TIKTOK", "OTHER"),
                LocalDate.of(2026, 12, 7), true, null));

        assertEquals(Set.of(new Signal(Signal.Kind.PLATFORM_WEEK, "TIKTOK:2026-W50"),
                new Signal(Signal.Kind.PLATFORM_WEEK, "TIKTOK:2026-W49")), s);
    }

    @Test
    void theWeekFollowsIsoYearsAcrossNewYear() {
        assertEquals("2026-W53", SignalExtractor.week(LocalDate.of(2027, 1, 1)));
        assertEquals("2027-W01", SignalExtractor.week(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void theTargetClassIsTheReportersOnlyWhenTheReporterIsTheTarget() {
        Set<Signal> target = SignalExtractor.extract(new ReportText("x", null, List.of(), Set.of(), null, false,
                "4e B"));
        Set<Signal> witness = SignalExtractor.extract(new ReportText("x", null, List.of(), Set.of(), null, true,
                "4e B"));

        assertEquals(Set.of(new Signal(Signal.Kind.TARGET_CLASS, "4b")), target);
        assertEquals(Set.of(), witness);
    }

    @Test
    void theInvolvedFieldIsReadToo() {
        Set<Signal> s = SignalExtractor.extract(new ReportText("x", "le compte @Mr_Anonyme", List.of(), Set.of(),
                null, true, null));

        assertEquals(Set.of(handle("mr_anonyme")), s);
    }

    @Test
    void ordinaryWordsAndNumbersGiveNoSignal() {
        assertEquals(Set.of(), of("Depuis lundi ils se moquent de moi en cours de maths, 3 fois par jour. "
                + "Le 12/11 c'était pire. J'ai 13 ans."));
    }

    @Test
    void aPastedLogCannotFloodTheTable() {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            log.append("@user_").append(i).append(' ');
        }
        assertEquals(SignalExtractor.MAX_SIGNALS, of(log.toString()).size());
    }
}
