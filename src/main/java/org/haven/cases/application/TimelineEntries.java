package org.haven.cases.application;

import org.haven.cases.domain.CaseEvent;
import org.haven.cases.domain.EventKind;
import org.haven.platform.i18n.Messages;
import org.haven.protocol.application.ActionWords;
import org.haven.protocol.domain.FormDefinition;
import org.haven.protocol.domain.FormField;
import org.haven.protocol.domain.LocalizedText;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How a timeline entry reads: step and rule titles, escalation actions and decisions in words, form values shown. */
final class TimelineEntries {

    private TimelineEntries() {
    }

    /** A timeline entry in the reader's words; without its details and values unless the reader works the case. */
    static CaseViews.Event event(CaseEvent e, ProtocolDefinition protocol, Locale locale, java.time.ZoneId zone,
                                 boolean full) {
        String subjectTitle = e.subject() == null ? null
                : protocol.step(e.subject()).map(s -> s.title().in(locale))
                .or(() -> protocol.escalation(e.subject()).map(r -> r.titleIn(locale))).orElse(e.subject());
        List<CaseViews.Value> values = new ArrayList<>();
        String detail = e.detail();
        if (e.kind() == EventKind.ESCALATION || e.kind() == EventKind.STEP_OVERDUE) {
            detail = ActionWords.detail(detail, locale);
        } else if (e.kind() == EventKind.DECISION_RECORDED) {
            detail = DecisionSummary.inWords(detail, locale, zone);
        }
        if (isStepRecord(e.kind()) && detail != null) {
            Map<String, String> recorded = FormValues.fromJson(detail);
            detail = recorded.remove(FormValues.NOTE);
            FormDefinition form = protocol.step(e.subject()).map(StepDefinition::form).flatMap(protocol::form)
                    .orElse(null);
            recorded.forEach((k, v) -> values.add(new CaseViews.Value(form == null ? k
                    : form.field(k).map(f -> f.label().in(locale)).orElse(k), display(form, k, v, locale))));
        }
        if (!full) {
            detail = null;
            values.clear();
        }
        return new CaseViews.Event(e.id(), e.at(), e.kind(), e.actorName(), e.subject(), subjectTitle, detail,
                values, e.parentVisible(), e.pupilVisible());
    }

    /** A recorded form value as staff read it: an option's label, yes or no, a date in words. */
    static String display(FormDefinition form, String fieldId, String value, Locale locale) {
        Optional<FormField> field = form == null ? Optional.empty() : form.field(fieldId);
        if (field.isEmpty() || value == null) {
            return value;
        }
        return switch (field.get().type()) {
            case BOOLEAN -> "true".equals(value) ? Messages.text(locale, "staff.report.yes")
                    : "false".equals(value) ? Messages.text(locale, "staff.report.no") : value;
            case DATE -> {
                try {
                    yield java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                            .withLocale(locale).format(java.time.LocalDate.parse(value));
                } catch (java.time.format.DateTimeParseException notADate) {
                    yield value;
                }
            }
            case CHOICE -> field.get().options().stream().filter(o -> o.id().equals(value)).findFirst()
                    .map(o -> o.label().in(locale)).orElse(value);
            default -> value;
        };
    }

    private static boolean isStepRecord(EventKind kind) {
        return switch (kind) {
            case STEP_COMPLETED, INTERVIEW_RECORDED, PARENTS_INFORMED, PROTECTION, MEASURE_DECIDED, DECLARATION -> true;
            default -> false;
        };
    }

    private static String text(LocalizedText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}
