package org.haven.helplines.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.haven.audit.application.AuditLog;
import org.haven.audit.application.CurrentActor;
import org.haven.helplines.domain.HelpResource;
import org.haven.helplines.domain.HelpResourceRepository;
import org.haven.platform.errors.Invalid;
import org.haven.platform.errors.Refusal.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The district admin keeps the resources directory: add a help line, switch one off or on. Audited. */
@ApplicationScoped
public class HelpResourceAdministration {

    public static final Set<String> RISKS = Set.of("GENERAL", "IMMEDIATE_DANGER", "SELF_HARM", "THREATS",
            "LOCATION_SHARED", "BLACKMAIL", "INTIMATE_IMAGES");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{1,28}");

    @Inject
    HelpResourceRepository lines;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    HelpResources directory;

    /** A help line as the admin page shows it. */
    public record Row(long id, String country, String phone, String name, String risks, boolean active) {
    }

    /** A new help line, both languages. */
    public record NewLine(String country, String phone, String nameFr, String nameEn, String purposeFr,
                          String purposeEn, String hoursFr, String hoursEn, List<String> risks) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> all(Locale locale) {
        return lines.all().stream()
                .map(r -> new Row(r.id(), r.country(), r.phone(), r.name(locale), r.risks(), r.active()))
                .toList();
    }

    @Transactional
    public long add(NewLine line) {
        List<FieldError> errors = new ArrayList<>();
        String country = line.country() == null ? "" : line.country().strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            errors.add(new FieldError("country", "resource.country.invalid"));
        }
        if (line.phone() == null || !PHONE.matcher(line.phone().strip()).matches()) {
            errors.add(new FieldError("phone", "resource.phone.invalid"));
        }
        required(line.nameFr(), "nameFr", 200, errors);
        required(line.nameEn(), "nameEn", 200, errors);
        required(line.purposeFr(), "purposeFr", 500, errors);
        required(line.purposeEn(), "purposeEn", 500, errors);
        required(line.hoursFr(), "hoursFr", 100, errors);
        required(line.hoursEn(), "hoursEn", 100, errors);
        if (line.risks() == null || line.risks().isEmpty() || !RISKS.containsAll(line.risks())) {
            errors.add(new FieldError("risks", "resource.risks.required"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        int order = lines.lastOrderOf(country) + 10;
        HelpResource r = new HelpResource(country, line.phone().strip(), line.nameFr().strip(),
                line.nameEn().strip(), line.purposeFr().strip(), line.purposeEn().strip(), line.hoursFr().strip(),
                line.hoursEn().strip(), String.join(",", line.risks().stream().sorted().toList()), order);
        lines.add(r);
        audit.record(actor.get().did("HELP_RESOURCE_ADDED", "help_resource", r.id(), null, r.phone()));
        directory.changed();
        return r.id();
    }

    @Transactional
    public void setActive(long id, boolean active) {
        HelpResource r = lines.find(id).orElseThrow(() -> Invalid.of("id", "resource.notFound"));
        r.setActive(active);
        audit.record(actor.get().did(active ? "HELP_RESOURCE_ENABLED" : "HELP_RESOURCE_DISABLED", "help_resource",
                id, null, r.phone()));
        directory.changed();
    }

    private static void required(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "resource.text.required"));
        } else if (value.strip().length() > max || value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "resource.text.invalid", max));
        }
    }
}
