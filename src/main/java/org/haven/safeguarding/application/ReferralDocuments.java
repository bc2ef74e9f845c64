package org.haven.safeguarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.haven.audit.application.CurrentActor;
import org.haven.cases.application.CaseGate;
import org.haven.cases.application.CaseGate.CaseFacts;
import org.haven.cases.application.CaseGate.PartyView;
import org.haven.platform.i18n.Messages;
import org.haven.platform.pdf.SectionPdf;
import org.haven.platform.pdf.SectionPdf.Line;
import org.haven.platform.pdf.SectionPdf.Section;
import org.haven.protocol.application.SchoolCalendars;
import org.haven.safeguarding.domain.AssessmentRepository;
import org.haven.safeguarding.domain.ConsentRepository;
import org.haven.safeguarding.domain.Disclosure;
import org.haven.safeguarding.domain.OutsideBody;
import org.haven.safeguarding.domain.Referral;
import org.haven.safeguarding.domain.ReferralDocument;
import org.haven.safeguarding.domain.UrgentDecision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The document sent with a referral, generated from the case: for child protection and the prosecutor, the
 * "information préoccupante" form (school, pupil, facts, danger assessed and its reasons, what the school did, why
 * it refers, on which basis the information is shared); for other bodies the same sheet under a referral title.
 * Kept exactly as sent, with its SHA-256. Called inside the sending transaction.
 */
@ApplicationScoped
public class ReferralDocuments {

    public static final String PDF = "application/pdf";

    @Inject
    AssessmentRepository assessments;

    @Inject
    ConsentRepository consents;

    @Inject
    CaseGate cases;

    @Inject
    OutsideBodies bodies;

    @Inject
    CurrentActor actor;

    @Inject
    SchoolCalendars calendars;

    @Inject
    Clock clock;

    ReferralDocument generate(Referral r, Disclosure disclosure, Locale requested) {
        Locale l = Messages.supported(requested);
        CaseFacts c = cases.facts(r.caseId());
        ZoneId zone = calendars.zone();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(l).withZone(zone);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l);
        Instant now = clock.instant();
        List<Section> sections = new ArrayList<>();

        Optional<OutsideBody> body = r.bodyId() == null ? Optional.empty() : bodies.byId(r.bodyId());
        sections.add(new Section(t(l, "referral.pdf.sender"), List.of(
                new Line(t(l, "referral.pdf.school"), c.schoolName()),
                new Line(t(l, "referral.pdf.case"), c.number()),
                new Line(t(l, "referral.pdf.sentBy"), actor.require().displayName()),
                new Line(t(l, "referral.pdf.sentAt"), when.format(now)),
                new Line(t(l, "referral.pdf.recipient"), body.map(b -> b.name() + contact(b))
                        .orElse(r.recipient())))));

        PartyView pupil = r.partyId() == null ? null
                : c.parties().stream().filter(p -> p.id() == r.partyId()).findFirst().orElse(null);
        sections.add(new Section(t(l, "referral.pdf.pupil"), List.of(
                new Line(t(l, "referral.pdf.pupilName"), pupil == null ? t(l, "referral.pdf.noPupil") : pupil.name()),
                new Line(t(l, "referral.pdf.pupilClass"), pupil == null || pupil.className() == null ? null
                        : pupil.className()),
                new Line(t(l, "referral.pdf.others"), c.parties().stream().filter(p -> pupil == null
                                || p.id() != pupil.id())
                        .map(p -> p.name() + " (" + t(l, "case.part." + p.part()) + ")")
                        .collect(Collectors.joining(", "))))));

        String place = String.join(", ", c.place() == null ? List.of() : List.of(c.place()))
                + (c.platforms().isEmpty() ? "" : (c.place() == null ? "" : ", ") + String.join(", ",
                c.platforms().stream().map(p -> t(l, "report.platform." + p)).toList()));
        sections.add(new Section(t(l, "referral.pdf.facts"), List.of(
                new Line(t(l, "referral.pdf.category"), t(l, "case.category." + c.category())),
                new Line(t(l, "referral.pdf.occurredOn"), c.occurredOn() == null ? null : day.format(c.occurredOn())),
                new Line(t(l, "referral.pdf.place"), place),
                new Line(t(l, "referral.pdf.description"), c.description()))));

        List<Line> risk = new ArrayList<>();
        risk.add(new Line(t(l, "referral.pdf.riskLevel"), t(l, "case.risk." + c.riskLevel())));
        assessments.assessments(r.caseId()).stream().findFirst().ifPresent(a -> {
            risk.add(new Line(t(l, "referral.pdf.assessedAt"), when.format(a.assessedAt())));
            risk.add(new Line(t(l, "referral.pdf.reasons"), a.reasons().stream()
                    .map(code -> t(l, "risk.reason." + code)).collect(Collectors.joining("\n"))));
        });
        for (UrgentDecision d : assessments.decisions(r.caseId()).reversed()) {
            risk.add(new Line(t(l, "referral.pdf.urgentDecision"), d.called().stream()
                    .map(p -> t(l, "urgent.called." + p)).collect(Collectors.joining(", ")) + " — "
                    + when.format(d.calledAt()) + "\n" + d.result()));
        }
        sections.add(new Section(t(l, "referral.pdf.danger"), risk));

        String basis = t(l, "referral.pdf.basis." + disclosure.basis());
        if (disclosure.overrideId() != null) {
            basis = basis + "\n" + t(l, "referral.pdf.legalGround") + " "
                    + consents.override(disclosure.overrideId()).orElseThrow().legalGround();
        }
        sections.add(new Section(t(l, "referral.pdf.referral"), List.of(
                new Line(t(l, "referral.pdf.reason"), r.reason()),
                new Line(t(l, "referral.pdf.shared"), r.shared()),
                new Line(t(l, "referral.pdf.basis"), basis))));

        String title = t(l, r.kind().childProtectionForm() ? "referral.pdf.title.childProtection"
                : "referral.pdf.title.other") + " — " + t(l, "referral.kind." + r.kind());
        byte[] pdf = SectionPdf.render(title, sections, t(l, "referral.pdf.footer", c.number()));
        String name = "referral-" + c.number() + "-" + r.id() + ".pdf";
        return new ReferralDocument(r.id(), name, PDF, sha256(pdf), pdf, actor.require().accountId(), now);
    }

    private static String contact(OutsideBody b) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {b.phone(), b.email(), b.address()}) {
            if (s != null) {
                parts.add(s);
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String t(Locale l, String key, Object... args) {
        return Messages.text(l, key, args);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
