package org.haven.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.directory.application.SchoolAdministration;
import org.haven.directory.application.SchoolView;
import org.haven.insight.domain.CountStore;
import org.haven.insight.domain.DelayBucket;
import org.haven.insight.domain.Measure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo district's past year, as counters only: twelve months of reports and cases (the months before the
 * current one) for the three demo schools, so that the statistics dashboard shows seasons, categories and delays
 * from the first start. No report or case record is made for them (the demo's case lists stay the four cases the
 * walkthrough and the browser tests rely on); the figures say "counted", not "stored". Reports come by the form and
 * (one in six) from surveys. The figures counted when read (overdue steps, referrals, takedowns, training) come
 * from the demo's own records, not from here. Deterministic: the same
 * numbers at every first start, shifted to the current date. Demo mode only.
 */
@ApplicationScoped
public class DemoInsight {

    private static final List<String> SCHOOLS = List.of("DEMO-ECOLE", "DEMO-COLLEGE", "DEMO-LYCEE");
    /** Categories and their weight in the demo: insults and exclusion most, deepfakes rarely. */
    private static final List<String> CATEGORIES = List.of("INSULTS", "EXCLUSION", "HUMILIATION", "THREATS",
            "PHYSICAL", "IMPERSONATION", "DOXXING", "INTIMATE_IMAGES", "DEEPFAKE", "OTHER");
    private static final int[] WEIGHT = {9, 6, 5, 3, 4, 2, 1, 1, 1, 2};
    /** School months are busier than summer: July and August (months 7, 8) nearly empty. */
    private static final int[] SEASON = {0, 5, 6, 5, 6, 4, 5, 1, 0, 6, 7, 6, 4};
    private static final List<DelayBucket> BUCKETS = List.of(DelayBucket.values());

    @Inject
    CountStore store;

    @Inject
    SchoolAdministration schools;

    @Inject
    Clock clock;

    /** Writes the year's counters; called once, with the demo cases. */
    @Transactional
    public void loadHistory() {
        LocalDate thisMonth = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
        for (int s = 0; s < SCHOOLS.size(); s++) {
            SchoolView school = schools.byCode(SCHOOLS.get(s)).orElse(null);
            if (school == null) {
                continue;
            }
            int size = s + 1; // the école smallest, the lycée largest
            for (int m = 1; m <= 12; m++) {
                LocalDate month = thisMonth.minusMonths(m);
                int season = SEASON[month.getMonthValue()];
                for (int c = 0; c < CATEGORIES.size(); c++) {
                    int base = season * WEIGHT[c] * size / 6 + (m * 7 + c * 3 + s) % 3;
                    if (base == 0) {
                        continue;
                    }
                    write(school.id(), month, CATEGORIES.get(c), base, m + c + s);
                }
            }
        }
    }

    /** Adds to a counter, skipping nothing to add (a zero row says nothing). */
    private void put(Measure measure, LocalDate day, long schoolId, String category, String dimension, long n) {
        if (n > 0) {
            store.add(measure, day, schoolId, category, dimension, n);
        }
    }

    private void write(long schoolId, LocalDate month, String category, int reports, int salt) {
        LocalDate received = month.withDayOfMonth(1 + salt % 20);
        int urgent = reports / 8;
        int anonymous = reports * 2 / 5;
        int witness = reports / 4;
        int plain = reports - urgent - anonymous - witness;
        put(Measure.REPORT, received, schoolId, category, Measure.reportFlags(true, false, false), urgent);
        put(Measure.REPORT, received, schoolId, category, Measure.reportFlags(false, true, false), anonymous);
        put(Measure.REPORT, received, schoolId, category, Measure.reportFlags(false, false, true), witness);
        put(Measure.REPORT, received, schoolId, category, Measure.reportFlags(false, false, false),
                Math.max(plain, 0));
        int fromSurveys = reports / 6;
        put(Measure.REPORT_CHANNEL, received, schoolId, category, InsightCounts.FORM, reports - fromSurveys);
        put(Measure.REPORT_CHANNEL, received, schoolId, category, InsightCounts.FROM_SURVEY, fromSurveys);
        int fromReports = reports * 2 / 3;
        int fromStaff = reports / 3 + salt % 2;
        int surveyCases = Math.min(fromSurveys, fromReports / 4);
        LocalDate opened = received.plusDays(salt % 6);
        put(Measure.CASE, opened, schoolId, category, InsightCounts.FROM_REPORT, fromReports - surveyCases);
        put(Measure.CASE, opened, schoolId, category, InsightCounts.FROM_SURVEY, surveyCases);
        put(Measure.CASE, opened, schoolId, category, InsightCounts.FROM_STAFF, fromStaff);
        long[] caseDelays = new long[BUCKETS.size()];
        for (int i = 0; i < fromReports; i++) {
            caseDelays[Math.min((i * 3 + salt) % 7, BUCKETS.size() - 1)]++;
        }
        long[] firstActions = new long[BUCKETS.size()];
        for (int i = 0; i < reports; i++) {
            firstActions[(i + salt) % 9 < 6 ? 0 : (i + salt) % 9 - 5]++;
        }
        for (int b = 0; b < BUCKETS.size(); b++) {
            if (caseDelays[b] > 0) {
                put(Measure.CASE_DELAY, opened, schoolId, category, BUCKETS.get(b).name(), caseDelays[b]);
            }
            if (firstActions[b] > 0) {
                put(Measure.REPORT_DELAY, received.plusDays(1), schoolId, category, BUCKETS.get(b).name(),
                        firstActions[b]);
            }
        }
        int steps = (fromReports + fromStaff) * 3;
        int late = steps / (4 + salt % 4);
        put(Measure.STEP, opened.plusDays(3), schoolId, category, Measure.ON_TIME, steps - late);
        put(Measure.STEP, opened.plusDays(3), schoolId, category, Measure.LATE, late);
        if (("THREATS".equals(category) || "INTIMATE_IMAGES".equals(category)) && reports > 0) {
            put(Measure.ESCALATION, opened, schoolId, category, "", Math.max(1, reports / 2));
        }
        if (salt % 5 == 0 && reports > 2) {
            put(Measure.CASE_REOPENED, opened.plusDays(20), schoolId, category, "", 1 + salt % 3);
        }
    }
}
