package org.haven.reporting.web;

import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal;
import org.haven.reporting.domain.ReportForm;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WizardAnswersTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void choosingAnonymityDropsANameTypedBefore() {
        WizardAnswers a = new WizardAnswers();
        a.setReporterName("Léa Martin");
        a.setReporterClass("5e B");

        ReportForm form = a.prepare(PARIS).form();

        assertTrue(form.anonymous());
        assertNull(form.reporterName());
        assertNull(form.reporterClass());
    }

    @Test
    void aNamedReportKeepsTheName() {
        WizardAnswers a = new WizardAnswers();
        a.setAnonymous(false);
        a.setReporterName("Léa Martin");

        assertEquals("Léa Martin", a.prepare(PARIS).form().reporterName());
    }

    @Test
    void onlyFilledLinkRowsAreSentAndTheirRowsRemembered() {
        WizardAnswers a = new WizardAnswers();
        a.getLinks().get(2).setUrl("https://example.org/a");
        a.getLinks().get(2).setSeenAt("2026-11-28T18:30");
        a.getLinks().get(7).setNote("a note without address");

        WizardAnswers.Prepared p = a.prepare(PARIS);

        assertEquals(List.of(2, 7), p.linkRows());
        assertEquals("2026-11-28T18:30+01:00", p.form().links().get(0).seenAt());
        assertNull(p.form().links().get(1).url());
    }

    @Test
    void aSeenAtThatIsNotADateTimeIsPassedOnForTheServiceToRefuse() {
        assertEquals("yesterday", WizardAnswers.withZone("yesterday", PARIS));
        assertNull(WizardAnswers.withZone(" ", PARIS));
    }

    @Test
    void serviceFieldsBecomeTheWizardsComponentIds() {
        List<Integer> rows = List.of(2, 7);
        assertEquals("linkUrl7", WizardErrors.componentOf("links[1].url", rows));
        assertEquals("linkSeenAt2", WizardErrors.componentOf("links[0].seenAt", rows));
        assertEquals("evidence", WizardErrors.componentOf("files", rows));
        assertEquals("description", WizardErrors.componentOf("description", rows));
        Refusal e = WizardErrors.onPage(Invalid.of("links[1].note", "k", 5), rows);
        assertEquals("linkNote7", e.errors().getFirst().field());
        assertEquals(5, e.errors().getFirst().args()[0]);
    }

    @Test
    void aReportIdIsDigitsOnly() {
        assertEquals(42L, StaffReportBean.parse("42"));
        assertNull(StaffReportBean.parse("42 OR 1=1"));
        assertNull(StaffReportBean.parse(null));
        assertNull(StaffReportBean.parse("99999999999999999999"));
    }
}
