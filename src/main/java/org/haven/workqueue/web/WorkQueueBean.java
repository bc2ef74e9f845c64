package org.haven.workqueue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseQueue;
import org.haven.directory.application.SchoolAdministration;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.Role;
import org.haven.platform.web.LocaleBean;
import org.haven.reporting.application.ReportQueue;
import org.haven.safeguarding.application.ReferralQueue;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The staff home's work queue (issue 23): what needs the signed-in referent, head or teacher now, read from each
 * feature's queue service (each checks the record scope in its queries and audits its list). Each part is read
 * once per request; deadlines are said in words and in the district's time zone.
 */
@Named("workQueue")
@RequestScoped
public class WorkQueueBean {

    @Inject
    CaseQueue caseQueue;

    @Inject
    ReportQueue reportQueue;

    @Inject
    ReferralQueue referralQueue;

    @Inject
    SchoolAdministration schools;

    @Inject
    CurrentActor actor;

    @Inject
    LocaleBean locale;

    @Inject
    Clock clock;

    private CaseQueue.Queue cases;
    private java.util.Locale casesLocale;
    private ReportQueue.Queue reports;
    private ReferralQueue.Queue referrals;
    private Instant now;

    /** Whether the reader runs a school's inbox and protocol (referent or head), not only their own incidents. */
    public boolean isSchoolTeam() {
        return !actor.require().schoolsWhere(Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL).isEmpty();
    }

    /**
     * Read again when the page's language changed during the request: a language switch is a postback whose
     * decoding already read the queue (rendered attributes) in the former language, and step titles are in it.
     */
    public CaseQueue.Queue getCases() {
        java.util.Locale now = locale.getLocale();
        if (cases == null || !now.equals(casesLocale)) {
            cases = caseQueue.mine(now);
            casesLocale = now;
        }
        return cases;
    }

    public ReportQueue.Queue getReports() {
        if (reports == null) {
            reports = reportQueue.mine();
        }
        return reports;
    }

    public ReferralQueue.Queue getReferrals() {
        if (referrals == null) {
            referrals = referralQueue.mine();
        }
        return referrals;
    }

    /** Decisions awaited in all: urgent decisions, closings to decide, referrals waiting. */
    public long getDecisionCount() {
        return getCases().decisionCount() + getCases().closingCount() + getReferrals().count();
    }

    public boolean isNothingToDo() {
        return getCases().isEmpty() && getReports().isEmpty() && getReferrals().count() == 0;
    }

    /** "in 3 hours" or "2 days late", in the page's language. */
    public String due(Instant at) {
        if (at == null) {
            return "";
        }
        DueWords words = DueWords.of(at, now());
        return Messages.text(locale.getLocale(), words.key(), words.amount());
    }

    /** The moment itself, in the district's time zone and the page's language. */
    public String at(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale.getLocale()).format(at.atZone(schools.districtSchedule().zone()));
    }

    private Instant now() {
        if (now == null) {
            now = clock.instant();
        }
        return now;
    }
}
