package org.haven.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.haven.testing.Api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call what, written down (issue 14): for every operation of /openapi, each role's answer on a record of
 * its own school ("own", the Collège of the demo district) and of another school ("other", the Lycée), and the
 * answer without a token. A = let through (2xx, or a 4xx about the request itself: it passed authorisation and
 * scope), D = denied (401, 403, or 404 where the record's existence must not leak), T = throttled (429), "-" = no
 * record in the path; a 5xx is written E and the status, and never expected.
 * The bodies sent are empty objects, which every action refuses: the table checks access, not the actions. The
 * fixture drafts a referral on each school's case when it has none (never sent); the demo district has no evidence
 * file, referral document or known certificate code, so those rows are denied for everyone.
 * A new endpoint without a line here fails ApiSurfaceIT.
 */
final class AccessTable {

    /** The role, the demo account that plays it (the Collège's, for school roles). */
    static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("admin", "admin");
        ACCOUNTS.put("lead", "lead");
        ACCOUNTS.put("head", "head.college");
        ACCOUNTS.put("referent", "referent.college");
        ACCOUNTS.put("teacher", "teacher.college");
        ACCOUNTS.put("student", "student.college");
        ACCOUNTS.put("parent", "parent.college");
    }

    static final String REPORTER = "reporter";

    /** The timeline kinds the filer of an incident sees (CaseQueries.PROGRESS). */
    static final java.util.Set<String> PROGRESS_KINDS = java.util.Set.of("INCIDENT_FILED", "CASE_OPENED",
            "STEP_COMPLETED", "STEP_SKIPPED", "STEP_OVERDUE", "CLOSED", "REOPENED");

    /**
     * Bodies that pass an action's first check, for actions that check their body before loading the record:
     * with an empty body they answer 400 to every role, and the table would not show the scope.
     */
    static final Map<String, String> PROBE_BODIES = Map.of(
            "POST /api/v1/family/cases/{id}/acknowledgements", "{\"eventId\":999999}",
            "POST /api/v1/cases/{caseId}/safeguarding/urgent-decisions", "{\"escalationId\":999999}");

    /**
     * The expected table. Each line: the operation, then role=own/other for every role, then anon=. Read with
     * the demo district: case 1 (Collège, escalated, filed by teacher.college), case 2 (Lycée, escalated), case 3
     * (Collège, closed, the case of parent.college's child).
     */
    static final String TABLE = """
            DELETE /api/v1/auth/token | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=A/- parent=A/- reporter=A/- anon=A
            GET /api/v1/admin/privacy/retention | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/audit/verification | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/cases | admin=D/- lead=A/- head=A/- referent=A/- teacher=A/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/cases/{caseId}/referrals | admin=D/D lead=A/A head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/cases/{caseId}/referrals/{referralId} | admin=D/D lead=A/A head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/cases/{caseId}/referrals/{referralId}/documents/{documentId} | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/cases/{caseId}/safeguarding | admin=D/D lead=A/A head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/cases/{id} | admin=D/D lead=A/A head=A/D referent=A/D teacher=A/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/cases/{id}/timeline | admin=D/D lead=A/A head=A/D referent=A/D teacher=A/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/evidence | admin=D/- lead=D/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/evidence/dossier | admin=D/- lead=D/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/evidence/{id}/content | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/family/cases | admin=D/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=A/- reporter=D/- anon=D
            GET /api/v1/family/cases/{id} | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=A/D reporter=D/D anon=D
            GET /api/v1/family/cases/{id}/messages | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=A/D reporter=D/D anon=D
            GET /api/v1/insight/cases | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/insight/escalations | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/insight/overdue-steps | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/insight/referrals | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/insight/reopened | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/insight/reports | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/insight/repeat-authors | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/insight/steps | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/insight/takedowns | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/insight/training | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/me | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=A/- parent=A/- reporter=D/- anon=D
            GET /api/v1/me/second-factor | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/me/children | admin=D/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=A/- reporter=D/- anon=D
            GET /api/v1/notifications | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=A/- parent=A/- reporter=D/- anon=D
            GET /api/v1/pupils/{schoolCode} | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/reports/mine | admin=D/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=A/- anon=D
            GET /api/v1/resources | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=A/- parent=A/- reporter=A/- anon=A
            GET /api/v1/schools | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=A/- parent=A/- reporter=A/- anon=A
            GET /api/v1/surveys/campaigns | admin=D/- lead=A/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/surveys/campaigns/{id}/results | admin=D/D lead=A/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/surveys/{accessCode} | admin=A/A lead=A/A head=A/A referent=A/A teacher=A/A student=A/A parent=A/A reporter=A/A anon=A
            GET /api/v1/training/certificates/{code} | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/training/compliance | admin=D/- lead=A/- head=A/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/training/modules | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/evidence/retention | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/evidence/rotation | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/roster | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/evidence/takedown-reminders | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/privacy/erasures | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/privacy/exports | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/privacy/holds | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/privacy/holds/release | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/privacy/retention | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/admin/integrity | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/me/second-factor | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/me/second-factor/confirmation | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/me/second-factor/removal | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/auth/token | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=A/- parent=A/- reporter=A/- anon=A
            POST /api/v1/cases | admin=D/- lead=A/- head=A/- referent=A/- teacher=A/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/cases/from-report/{reportId} | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/referrals | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/referrals/{referralId}/send | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/referrals/{referralId}/transitions | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/safeguarding/check-ins | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/safeguarding/risk-assessments | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/safeguarding/supports | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/safeguarding/supports/{supportId} | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/safeguarding/urgent-decisions | admin=D/D lead=A/A head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{id}/close | admin=D/D lead=D/D head=A/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{id}/escalations/{escalation}/decision | admin=D/D lead=A/A head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{id}/follow-ups/{followUp} | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{id}/parties | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{id}/reopen | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{id}/steps/{step}/complete | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{id}/steps/{step}/skip | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/family/cases/{id}/acknowledgements | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/family/cases/{id}/messages | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=A/D reporter=D/D anon=D
            POST /api/v1/notifications/read | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=A/- parent=A/- reporter=D/- anon=D
            POST /api/v1/notifications/{id}/read | admin=D/D lead=D/D head=D/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/reports | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=A/- parent=A/- reporter=A/- anon=A
            POST /api/v1/reports/access | admin=A/- lead=A/- head=A/- referent=A/- teacher=A/- student=A/- parent=A/- reporter=A/- anon=A
            POST /api/v1/reports/mine/evidence | admin=D/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=A/- anon=D
            POST /api/v1/reports/mine/messages | admin=D/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=A/- anon=D
            POST /api/v1/schools | admin=A/- lead=D/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/surveys/campaigns | admin=D/- lead=D/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            POST /api/v1/surveys/{accessCode}/answers | admin=A/A lead=A/A head=A/A referent=A/A teacher=A/A student=A/A parent=A/A reporter=A/A anon=A
            PUT /api/v1/cases/{caseId}/referrals/{referralId} | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            PUT /api/v1/cases/{caseId}/safeguarding/trusted-adult | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/cases/{caseId}/related | admin=D/D lead=A/A head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/cases/{caseId}/reports | admin=D/D lead=A/A head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/cases/{id}/repeat-authors | admin=D/D lead=A/A head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/handovers | admin=D/- lead=D/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/handovers/{handoverId} | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/related/across-schools | admin=D/- lead=A/- head=D/- referent=D/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/reports | admin=D/- lead=D/- head=A/- referent=A/- teacher=D/- student=D/- parent=D/- reporter=D/- anon=D
            GET /api/v1/reports/{reportId} | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            GET /api/v1/reports/{reportId}/related | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/handover | admin=D/D lead=D/D head=A/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/handover/letter | admin=D/D lead=D/D head=A/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/reports | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/cases/{caseId}/reports/{reportId}/detach | admin=D/D lead=D/D head=A/D referent=A/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/reports/{reportId}/related/acceptances | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            POST /api/v1/reports/{reportId}/related/dismissals | admin=D/D lead=D/D head=D/D referent=D/D teacher=D/D student=D/D parent=D/D reporter=D/D anon=D
            """;

    private AccessTable() {
    }

    /** The demo records each path is called with, on the caller's own school and on another school. */
    record Fixture(Map<String, String> tokens, Map<String, String> own, Map<String, String> other) {

        static Fixture load(Api api) {
            Map<String, String> tokens = new LinkedHashMap<>();
            ACCOUNTS.forEach((role, user) -> tokens.put(role, api.token(user, ApiSurfaceIT.PASSWORD)));
            tokens.put(REPORTER, reporterToken(api));
            String referentOther = api.token("referent.lycee", ApiSurfaceIT.PASSWORD);
            return new Fixture(tokens, ids(api, tokens.get("referent"), tokens.get("parent")),
                    ids(api, referentOther, null));
        }

        private static Map<String, String> ids(Api api, String referent, String parent) {
            Map<String, String> ids = new LinkedHashMap<>();
            JsonObject page = api.get("api/v1/cases", referent, "en").json().asJsonObject();
            String caseId = String.valueOf(page.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue());
            ids.put("case", caseId);
            JsonObject detail = api.get("api/v1/cases/" + caseId, referent, "en").json().asJsonObject();
            ids.put("report", detail.get("reportId") instanceof jakarta.json.JsonNumber n ? String.valueOf(n.longValue())
                    : "999999");
            ids.put("escalation", firstId(detail.get("escalations")));
            ids.put("followUp", firstId(detail.get("followUps")));
            ids.put("referral", referral(api, referent, caseId, detail));
            ids.put("evidence", firstId(json(api.get("api/v1/evidence?caseId=" + caseId, referent, "en"))));
            ids.put("notification", firstId(json(api.get("api/v1/notifications", referent, "en"))));
            String family = caseId;
            if (parent != null) {
                family = firstIdNamed(json(api.get("api/v1/family/cases", parent, "en")), "caseId");
            }
            ids.put("family", family);
            ids.put("campaign", firstId(json(api.get("api/v1/surveys/campaigns", referent, "en"))));
            ids.put("school", parent != null ? "DEMO-COLLEGE" : "DEMO-LYCEE");
            return ids;
        }

        /** A referral draft of the case (the school's referent writes one if it has none): never sent. */
        private static String referral(Api api, String referent, String caseId, JsonObject detail) {
            String existing = firstId(json(api.get("api/v1/cases/" + caseId + "/referrals", referent, "en")));
            if (!existing.equals("999999")) {
                return existing;
            }
            String party = firstId(detail.get("parties"));
            Api.Answer drafted = api.post("api/v1/cases/" + caseId + "/referrals", "{\"kind\":\"POLICE\",\"partyId\":"
                    + party + ",\"recipient\":\"Commissariat central\",\"reason\":\"Menaces répétées.\","
                    + "\"shared\":\"Faits et identité.\"}", referent, "en");
            if (drafted.status() != 201) {
                throw new AssertionError("No referral draft on case " + caseId + ": " + drafted.body());
            }
            return String.valueOf(drafted.json().asJsonObject().getJsonNumber("id").longValue());
        }

        /** A receipt of a fresh report to the Collège, exchanged for the reporter's token. */
        private static String reporterToken(Api api) {
            JsonObject report = Json.createObjectBuilder().add("schoolCode", "demo-college").add("category", "INSULTS")
                    .add("description", "Des insultes dans le groupe de la classe depuis une semaine.")
                    .add("occurredOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString())
                    .add("platforms", Json.createArrayBuilder().add("WHATSAPP")).add("witness", false)
                    .add("anonymous", true).add("risk", Json.createObjectBuilder().add("immediateDanger", false)
                            .add("selfHarm", false).add("threats", false).add("locationShared", false)
                            .add("blackmail", false).add("intimateImages", false)).build();
            Api.Answer created = api.post("api/v1/reports", report.toString(), null, "en");
            if (created.status() != 201) {
                throw new AssertionError("No report for the reporter: " + created.status() + " " + created.body());
            }
            String receipt = created.json().asJsonObject().getString("receipt");
            Api.Answer access = api.post("api/v1/reports/access",
                    Json.createObjectBuilder().add("receipt", receipt).build().toString(), null, "en");
            return access.json().asJsonObject().getString("token");
        }

        /** The path with its parameters filled from the caller's own school. */
        String own(String path) {
            return fill(path, own);
        }

        String other(String path) {
            return fill(path, other);
        }

        /** Which of the roles may send this operation a body (the first not refused at the door), for body tests. */
        String callerOf(Api api, OpenApiOperations.Operation op, String path) {
            for (String role : tokens.keySet()) {
                int status = api.send(op.method(), path, "{", tokens.get(role), "en").status();
                if (status != 401 && status != 403) {
                    return tokens.get(role);
                }
            }
            throw new AssertionError(op.key() + ": no role of the demo district may call it");
        }
    }

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    static String fill(String path, Map<String, String> ids) {
        Matcher m = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "accessCode" -> "HAVEN4BC"; // the demo campaign's class (surveys.application.DemoSurveys)
                case "caseId", "id" -> path.startsWith("/api/v1/surveys/") ? ids.get("campaign")
                        : path.startsWith("/api/v1/family/") ? ids.get("family")
                        : path.startsWith("/api/v1/evidence/") ? ids.get("evidence")
                        : path.startsWith("/api/v1/notifications/") ? ids.get("notification") : ids.get("case");
                case "reportId" -> ids.get("report");
                case "referralId" -> ids.get("referral");
                case "handoverId" -> "999999";
                case "escalation" -> ids.get("escalation");
                case "followUp" -> ids.get("followUp");
                case "step" -> "acknowledge";
                case "code" -> "NO-SUCH-CERTIFICATE";
                case "schoolCode" -> ids.get("school");
                default -> "1";
            };
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        String filled = out.substring(1);
        if (path.equals("/api/v1/evidence") || path.equals("/api/v1/evidence/dossier")) {
            filled += "?caseId=" + ids.get("case") + (path.endsWith("dossier") ? "&format=pdf" : "");
        }
        return filled;
    }

    /** The measured table: operation key to its line of cells. */
    static Map<String, String> measure(Api api, Fixture fixture, List<OpenApiOperations.Operation> operations) {
        Map<String, String> table = new TreeMap<>();
        for (OpenApiOperations.Operation op : operations) {
            String body = PROBE_BODIES.getOrDefault(op.key(), op.jsonSchema() == null ? null : "{}");
            boolean scoped = op.path().contains("{");
            List<String> cells = new ArrayList<>();
            for (String role : fixture.tokens().keySet()) {
                String own = cell(api, op, fixture.own(op.path()), body, token(api, fixture, op, role));
                String other = scoped ? cell(api, op, fixture.other(op.path()), body, token(api, fixture, op, role))
                        : "-";
                cells.add(role + "=" + own + "/" + other);
            }
            cells.add("anon=" + cell(api, op, fixture.own(op.path()), body, null));
            table.put(op.key(), String.join(" ", cells));
        }
        return table;
    }

    /** Signing out revokes the token it is sent with: that call gets a token of its own. */
    private static String token(Api api, Fixture fixture, OpenApiOperations.Operation op, String role) {
        if (op.key().equals("DELETE /api/v1/auth/token") && ACCOUNTS.containsKey(role)) {
            return api.token(ACCOUNTS.get(role), ApiSurfaceIT.PASSWORD);
        }
        return fixture.tokens().get(role);
    }

    private static String cell(Api api, OpenApiOperations.Operation op, String path, String body, String token) {
        int status = api.send(op.method(), path, body, token, "en").status();
        if (status == 401 || status == 403 || status == 404) {
            return "D";
        }
        if (status == 429) {
            return "T";
        }
        if (status >= 500) {
            return "E" + status;
        }
        return "A";
    }

    /** What differs between the measured table and the expected one, named by operation. */
    static List<String> compare(Map<String, String> measured) {
        Map<String, String> expected = expected();
        List<String> problems = new ArrayList<>();
        measured.forEach((key, line) -> {
            if (!expected.containsKey(key)) {
                problems.add("No access rule for " + key + " (a new endpoint?): measured " + line);
            } else if (!expected.get(key).equals(line)) {
                problems.add(key + ": expected " + expected.get(key) + ", measured " + line);
            }
        });
        expected.keySet().stream().filter(k -> !measured.containsKey(k))
                .forEach(k -> problems.add("The table has " + k + ", which /openapi no longer lists"));
        return problems;
    }

    static Map<String, String> expected() {
        Map<String, String> expected = new TreeMap<>();
        TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
            String[] parts = l.split("\\s+\\|\\s+", 2);
            expected.put(parts[0], parts[1]);
        });
        return expected;
    }

    static String format(Map<String, String> table) {
        StringBuilder out = new StringBuilder();
        table.forEach((k, v) -> out.append(k).append(" | ").append(v).append('\n'));
        return out.toString();
    }

    private static JsonStructure json(Api.Answer a) {
        try {
            return a.status() == 200 ? a.json() : JsonValue.EMPTY_JSON_ARRAY;
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
    }

    /** The first "id" found in a list, or in the first list of an object ("rows", "items" ...); 999999 if none. */
    static String firstId(JsonValue value) {
        return firstIdNamed(value, "id");
    }

    static String firstIdNamed(JsonValue value, String name) {
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonObject o && o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.NUMBER) {
                    return String.valueOf(o.getJsonNumber(name).longValue());
                }
            }
        } else if (value instanceof JsonObject o) {
            for (JsonValue v : o.values()) {
                if (v instanceof JsonArray) {
                    String id = firstIdNamed(v, name);
                    if (!id.equals("999999")) {
                        return id;
                    }
                }
            }
        }
        return "999999";
    }
}
