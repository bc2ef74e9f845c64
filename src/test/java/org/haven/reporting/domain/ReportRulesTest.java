package org.haven.reporting.domain;

import org.haven.harm.domain.Category;
import org.haven.harm.domain.Risk;
import org.haven.platform.errors.Refusal.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportRulesTest {

    /** Saturday 28 November 2026, noon UTC. */
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ReportForm.RiskAnswers NO_RISK = new ReportForm.RiskAnswers(false, false, false, false,
            false, false);

    // ---------------------------------------------------------------------------------------------------------
    // A valid report
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aCompleteReportIsValidAndNormalised() {
        ReportForm form = new ReportForm(" demo-college ", " insults ", "  Ils m’insultent.\r\n\tEncore.  ",
                " 2026-11-20 ", "every_day", true, List.of("instagram", " TIKTOK ", "INSTAGRAM"), " Tom ",
                true, false, " Léa Martin ", " 4e B ",
                new ReportForm.RiskAnswers(false, true, null, false, null, true),
                List.of(new ReportForm.LinkForm(" https://www.tiktok.com/@x/video/1 ", "2026-11-27T21:30:00+01:00",
                        " la vidéo ")));

        ReportRules.Checked c = ReportRules.check(form, CLOCK);

        assertTrue(c.valid(), c.errors().toString());
        ValidReport r = c.report();
        assertEquals("DEMO-COLLEGE", r.schoolCode());
        assertEquals(Category.INSULTS, r.category());
        assertEquals("Ils m’insultent.\r\n\tEncore.", r.description(), "stripped, line breaks and tabs kept");
        assertEquals(LocalDate.of(2026, 11, 20), r.occurredOn());
        assertEquals(Frequency.EVERY_DAY, r.frequency());
        assertTrue(r.atSchool());
        assertEquals(EnumSet.of(Platform.INSTAGRAM, Platform.TIKTOK), r.platforms());
        assertEquals("Tom", r.involved());
        assertTrue(r.witness());
        assertFalse(r.anonymous());
        assertEquals("Léa Martin", r.reporterName());
        assertEquals("4e B", r.reporterClass());
        assertTrue(r.risk().selfHarm());
        assertTrue(r.risk().intimateImages());
        assertFalse(r.risk().threats(), "no answer counts as no");
        assertTrue(r.risk().isUrgent());
        assertEquals(List.of(new ValidReport.Link("https://www.tiktok.com/@x/video/1",
                Instant.parse("2026-11-27T20:30:00Z"), "la vidéo")), r.links());
    }

    @Test
    void theSmallestReportNeedsOnlySchoolCategoryDescriptionAndTheThreeAnswers() {
        ReportRules.Checked c = ReportRules.check(new ReportForm("DEMO-LYCEE", "OTHER", "x", null, null, null, null,
                null, false, true, null, null, new ReportForm.RiskAnswers(null, null, null, null, null, null), null),
                CLOCK);

        assertTrue(c.valid(), c.errors().toString());
        assertNull(c.report().occurredOn());
        assertNull(c.report().frequency());
        assertFalse(c.report().atSchool());
        assertTrue(c.report().platforms().isEmpty());
        assertNull(c.report().involved());
        assertTrue(c.report().links().isEmpty());
        assertFalse(c.report().risk().isUrgent());
        assertNull(c.report().reporterName());
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        ReportRules.Checked c = ReportRules.check(new ReportForm(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null), CLOCK);

        assertFalse(c.valid());
        assertNull(c.report());
        assertEquals(List.of("schoolCode:report.school.required", "category:report.category.required",
                "description:report.description.required", "witness:report.witness.required",
                "anonymous:report.anonymous.required", "risk:report.risk.required"), errors(c));
    }

    // ---------------------------------------------------------------------------------------------------------
    // One rule at a time
    // ---------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aSchoolIsRequired(String school) {
        assertErrors(f -> f.school(school), "schoolCode:report.school.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "AB", "DEMO_COLLEGE", "DEMO COLLEGE", "-DEMO", "ÉCOLE-1", "A23456789012345678901",
            "x'; DROP TABLE report; --"})
    void aSchoolCodeOfTheWrongShapeIsUnknown(String school) {
        assertErrors(f -> f.school(school), "schoolCode:report.school.unknown");
    }

    @Test
    void aCategoryIsRequiredAndFromTheList() {
        assertErrors(f -> f.category(null), "category:report.category.required");
        assertErrors(f -> f.category(" "), "category:report.category.required");
        assertErrors(f -> f.category("BULLYING"), "category:report.category.unknown");
        assertErrors(f -> f.category("INSULTS,THREATS"), "category:report.category.unknown");
        for (Category c : Category.values()) {
            assertEquals(c, check(copy(base()).category(c.name().toLowerCase()).form()).report().category());
        }
    }

    @Test
    void aDescriptionIsRequiredAndAtMost5000Characters() {
        assertErrors(f -> f.description(null), "description:report.description.required");
        assertErrors(f -> f.description(" \n\t "), "description:report.description.required");
        assertErrors(f -> f.description("a".repeat(5001)), "description:report.description.tooLong");
        assertArrayEquals(new Object[]{5000}, check(copy(base()).description("a".repeat(5001)).form()).errors()
                .getFirst().args());
        assertTrue(check(copy(base()).description("a".repeat(5000)).form()).valid());
        assertTrue(check(copy(base()).description("  " + "a".repeat(5000) + "\n\n").form()).valid(),
                "counted once stripped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B[2J", "\u007F", "\u0085",
            "\u009B"})
    void controlCharactersAreRefusedInEveryTextField(String control) {
        String text = "before" + control + "after";
        assertErrors(f -> f.description(text), "description:text.controlCharacters");
        assertErrors(f -> f.involved(text), "involved:text.controlCharacters");
        assertErrors(f -> f.named(text, null), "reporterName:text.controlCharacters");
        assertErrors(f -> f.named("Léa", text), "reporterClass:text.controlCharacters");
        assertErrors(f -> f.links(List.of(new ReportForm.LinkForm("https://example.org", null, text))),
                "links[0].note:text.controlCharacters");
        assertEquals(List.of("body:text.controlCharacters"), keys(ReportRules.checkMessage(text)));
    }

    @Test
    void htmlIsKeptAsTyped() {
        String html = "<script>alert('x')</script><b onmouseover=alert(1)>&amp;</b>";

        ValidReport r = check(copy(base()).description(html).involved(html).form()).report();

        assertEquals(html, r.description());
        assertEquals(html, r.involved());
    }

    @Test
    void theDateIsOptionalAnIsoDateNotInTheFutureAndAtMostTenYearsBack() {
        assertNull(check(copy(base()).occurredOn(" ").form()).report().occurredOn());
        assertEquals(LocalDate.of(2026, 11, 28), check(copy(base()).occurredOn("2026-11-28").form()).report()
                .occurredOn());
        assertTrue(check(copy(base()).occurredOn("2016-11-29").form()).valid(), "less than ten years back");
        assertErrors(f -> f.occurredOn("2026-11-30"), "occurredOn:report.occurredOn.future");
        assertErrors(f -> f.occurredOn("2016-11-27"), "occurredOn:report.occurredOn.tooOld");
        for (String malformed : List.of("28/11/2026", "2026-11-31", "2026-02-29", "2026-11-28T10:00", "yesterday",
                "20261128", "2026-1-5")) {
            assertErrors(f -> f.occurredOn(malformed), "occurredOn:report.occurredOn.format");
        }
    }

    /**
     * At 00:30 in Paris on 29 November it is still the 28th in UTC: the pupil's "today" must not be refused as a
     * date in the future (regression: the rule compared with UTC's date).
     */
    @Test
    void todayIsTodayForAPupilWhoseDayStartedBeforeUtcs() {
        Clock halfPastMidnightInParis = Clock.fixed(Instant.parse("2026-11-28T23:30:00Z"), ZoneOffset.UTC);

        ReportRules.Checked today = ReportRules.check(copy(base()).occurredOn("2026-11-29").form(),
                halfPastMidnightInParis);
        ReportRules.Checked dayAfter = ReportRules.check(copy(base()).occurredOn("2026-11-30").form(),
                halfPastMidnightInParis);

        assertTrue(today.valid(), today.errors().toString());
        assertEquals(List.of("occurredOn:report.occurredOn.future"), errors(dayAfter));
    }

    @Test
    void theFrequencyIsOptionalAndFromTheList() {
        assertNull(check(copy(base()).frequency(null).form()).report().frequency());
        assertNull(check(copy(base()).frequency("  ").form()).report().frequency());
        assertEquals(Frequency.ONCE, check(copy(base()).frequency(" once ").form()).report().frequency());
        assertErrors(f -> f.frequency("SOMETIMES"), "frequency:report.frequency.unknown");
    }

    @Test
    void platformsAreFromTheListAtMostOneOfEach() {
        List<String> all = Arrays.stream(Platform.values()).map(Enum::name).toList();
        assertEquals(EnumSet.allOf(Platform.class), check(copy(base()).platforms(all).form()).report().platforms());
        assertTrue(check(copy(base()).platforms(List.of()).form()).report().platforms().isEmpty());
        assertErrors(f -> f.platforms(List.of("INSTAGRAM", "MYSPACE")), "platforms:report.platforms.unknown");
        assertErrors(f -> f.platforms(Collections.singletonList(null)), "platforms:report.platforms.unknown");
        assertErrors(f -> f.platforms(List.of("")), "platforms:report.platforms.unknown");
        assertErrors(f -> f.platforms(List.of("MYSPACE", "BEBO")), "platforms:report.platforms.unknown");
        List<String> twelve = new ArrayList<>(all);
        twelve.add("OTHER");
        assertErrors(f -> f.platforms(twelve), "platforms:report.platforms.tooMany");
    }

    @Test
    void whoIsInvolvedIsOptionalAndAtMost1000Characters() {
        assertNull(check(copy(base()).involved("  ").form()).report().involved());
        assertTrue(check(copy(base()).involved("i".repeat(1000)).form()).valid());
        assertErrors(f -> f.involved("i".repeat(1001)), "involved:report.involved.tooLong");
    }

    @Test
    void theWitnessAndAnonymityQuestionsMustBeAnswered() {
        assertErrors(f -> f.witness(null), "witness:report.witness.required");
        assertErrors(f -> f.anonymous(null), "anonymous:report.anonymous.required");
    }

    @Test
    void anAnonymousReportCarriesNoNameAndNoClass() {
        assertErrors(f -> f.anonymous(true).reporter("Léa", null), "reporterName:report.reporterName.anonymous");
        assertErrors(f -> f.anonymous(true).reporter(null, "4e B"), "reporterClass:report.reporterName.anonymous");
        assertErrors(f -> f.anonymous(true).reporter("Léa", "4e B"), "reporterName:report.reporterName.anonymous");
        ValidReport blank = check(copy(base()).anonymous(true).reporter("  ", " ").form()).report();
        assertNull(blank.reporterName(), "blank answers are no answers");
        assertNull(blank.reporterClass());
    }

    @Test
    void aNamedReportNeedsANameOfAtMost100AndAClassOfAtMost40() {
        assertErrors(f -> f.named(null, "4e B"), "reporterName:report.reporterName.required");
        assertErrors(f -> f.named("   ", null), "reporterName:report.reporterName.required");
        assertErrors(f -> f.named("n".repeat(101), null), "reporterName:report.reporterName.tooLong");
        assertErrors(f -> f.named("Léa", "c".repeat(41)), "reporterClass:report.reporterClass.tooLong");
        assertTrue(check(copy(base()).named("n".repeat(100), "c".repeat(40)).form()).valid());
        ValidReport noClass = check(copy(base()).named("Léa", null).form()).report();
        assertEquals("Léa", noClass.reporterName());
        assertNull(noClass.reporterClass(), "the class is optional");
    }

    @Test
    void theRiskQuestionsMustBeAskedAndAnyYesIsUrgent() {
        assertErrors(f -> f.risk(null), "risk:report.risk.required");
        assertFalse(check(copy(base()).risk(new ReportForm.RiskAnswers(null, null, null, null, null, null)).form())
                .report().risk().isUrgent());
        for (int i = 0; i < 6; i++) {
            Boolean[] answers = new Boolean[6];
            Arrays.fill(answers, false);
            answers[i] = true;
            Risk risk = check(copy(base()).risk(new ReportForm.RiskAnswers(answers[0], answers[1], answers[2],
                    answers[3], answers[4], answers[5])).form()).report().risk();
            assertTrue(risk.isUrgent(), "answer " + i);
            assertEquals(1, risk.tags().size());
            assertEquals(Risk.Tag.values()[i], risk.tags().iterator().next());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.instagram.com/p/abc/", "http://example.org", "HTTPS://EXAMPLE.ORG/A?b=c#d",
            "https://user@example.org:8443/x", "https://xn--cole-bsa.fr/", "https://192.0.2.1/"})
    void aLinkIsAnHttpOrHttpsAddressWithAHost(String url) {
        assertTrue(ReportRules.isWebAddress(url), url);
        assertTrue(check(copy(base()).links(List.of(new ReportForm.LinkForm(url, null, null))).form()).valid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript://example.org/%0Aalert(1)", "ftp://example.org/x",
            "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "mailto:a@example.org",
            "https:///no-host", "http:example.org", "//example.org/path", "/relative/path", "example.org",
            "https://exa mple.org", "https://example.org/\u0000", "https://example.org/a\tb", "https://[::1",
            "vbscript:msgbox(1)", ""})
    void anythingElseIsNoLink(String url) {
        assertFalse(ReportRules.isWebAddress(url), url);
        assertErrors(f -> f.links(List.of(new ReportForm.LinkForm(url, null, null))),
                "links[0].url:report.link.url");
    }

    @Test
    void aLinkIsAtMost2000CharactersAndThereAreAtMostTen() {
        String longest = "https://example.org/" + "p".repeat(2000 - 20);
        assertTrue(ReportRules.isWebAddress(longest));
        assertFalse(ReportRules.isWebAddress(longest + "p"));
        List<ReportForm.LinkForm> ten = IntStream.range(0, 10)
                .mapToObj(i -> new ReportForm.LinkForm("https://example.org/" + i, null, null)).toList();
        assertEquals(10, check(copy(base()).links(ten).form()).report().links().size());
        List<ReportForm.LinkForm> eleven = new ArrayList<>(ten);
        eleven.add(new ReportForm.LinkForm("https://example.org/10", null, null));
        assertErrors(f -> f.links(eleven), "links:report.links.tooMany");
        assertErrors(f -> f.links(Collections.singletonList(null)), "links[0].url:report.link.url");
    }

    @Test
    void whenALinkWasSeenIsAnOffsetDateTimeNotInTheFuture() {
        assertEquals(Instant.parse("2026-11-28T11:00:00Z"), link("2026-11-28T12:00:00+01:00").seenAt());
        assertEquals(NOW.plusSeconds(300), link("2026-11-28T12:05:00Z").seenAt(), "five minutes of clock skew");
        assertErrors(f -> f.links(List.of(new ReportForm.LinkForm("https://e.org", "2026-11-28T12:05:01Z",
                null))), "links[0].seenAt:report.link.seenAt.future");
        for (String malformed : List.of("2026-11-28", "2026-11-28T10:00:00", "yesterday", "1764331200")) {
            assertErrors(f -> f.links(List.of(new ReportForm.LinkForm("https://e.org", malformed, null))),
                    "links[0].seenAt:report.link.seenAt.format");
        }
        assertErrors(f -> f.links(List.of(new ReportForm.LinkForm("https://e.org", null, "n".repeat(501)))),
                "links[0].note:report.link.note.tooLong");
        assertErrors(f -> f.links(List.of(new ReportForm.LinkForm("https://ok.org", null, null),
                new ReportForm.LinkForm("ftp://bad.org", null, null))), "links[1].url:report.link.url");
    }

    @Test
    void aMessageIsRequiredAndAtMost5000Characters() {
        assertEquals(List.of("body:report.message.required"), keys(ReportRules.checkMessage(null)));
        assertEquals(List.of("body:report.message.required"), keys(ReportRules.checkMessage(" \n ")));
        assertEquals(List.of("body:report.message.tooLong"), keys(ReportRules.checkMessage("m".repeat(5001))));
        assertEquals(List.of(), ReportRules.checkMessage("m".repeat(5000)));
        assertEquals(List.of(), ReportRules.checkMessage("<script>alert(1)</script>\nMerci."));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static ValidReport.Link link(String seenAt) {
        ReportRules.Checked c = check(copy(base()).links(List.of(new ReportForm.LinkForm("https://example.org",
                seenAt, null))).form());
        assertTrue(c.valid(), c.errors().toString());
        return c.report().links().getFirst();
    }

    private static ReportForm base() {
        return new ReportForm("DEMO-COLLEGE", "INSULTS", "Ils m’insultent.", "2026-11-20", "ONCE", false,
                List.of("INSTAGRAM"), null, false, true, null, null, NO_RISK, List.of());
    }

    private static ReportRules.Checked check(ReportForm form) {
        return ReportRules.check(form, CLOCK);
    }

    /** Exactly these errors, as field:key, for the base report changed by one edit. */
    private static void assertErrors(UnaryOperator<Form> edit, String... expected) {
        ReportRules.Checked c = check(edit.apply(copy(base())).form());
        assertFalse(c.valid());
        assertEquals(List.of(expected), errors(c));
    }

    private static List<String> errors(ReportRules.Checked c) {
        return keys(c.errors());
    }

    private static List<String> keys(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ":" + e.key()).toList();
    }

    private static Form copy(ReportForm f) {
        return new Form(f);
    }

    /** A mutable copy of a form, to change one answer. */
    private static final class Form {
        private String school, category, description, occurredOn, frequency, involved, name, className;
        private Boolean atSchool, witness, anonymous;
        private List<String> platforms;
        private ReportForm.RiskAnswers risk;
        private List<ReportForm.LinkForm> links;

        Form(ReportForm f) {
            school = f.schoolCode();
            category = f.category();
            description = f.description();
            occurredOn = f.occurredOn();
            frequency = f.frequency();
            atSchool = f.atSchool();
            platforms = f.platforms();
            involved = f.involved();
            witness = f.witness();
            anonymous = f.anonymous();
            name = f.reporterName();
            className = f.reporterClass();
            risk = f.risk();
            links = f.links();
        }

        ReportForm form() {
            return new ReportForm(school, category, description, occurredOn, frequency, atSchool, platforms, involved,
                    witness, anonymous, name, className, risk, links);
        }

        Form school(String v) { school = v; return this; }
        Form category(String v) { category = v; return this; }
        Form description(String v) { description = v; return this; }
        Form occurredOn(String v) { occurredOn = v; return this; }
        Form frequency(String v) { frequency = v; return this; }
        Form platforms(List<String> v) { platforms = v; return this; }
        Form involved(String v) { involved = v; return this; }
        Form witness(Boolean v) { witness = v; return this; }
        Form anonymous(Boolean v) { anonymous = v; return this; }
        Form reporter(String n, String c) { name = n; className = c; return this; }
        Form named(String n, String c) { anonymous = false; name = n; className = c; return this; }
        Form risk(ReportForm.RiskAnswers v) { risk = v; return this; }
        Form links(List<ReportForm.LinkForm> v) { links = v; return this; }
    }
}
