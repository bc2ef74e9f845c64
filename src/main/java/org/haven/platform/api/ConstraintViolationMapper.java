package org.haven.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.haven.platform.i18n.Messages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation failures of a request as 400 problem details, one violation per field. Constraint messages
 * are bundle keys in braces ({@code {school.name.required}}), translated here in the request's language.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Locale locale = RequestLocale.of(headers);
        List<Problems.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problems.Violation(field(v), message(v, locale)))
                .sorted(Comparator.comparing(Problems.Violation::field))
                .toList();
        return Problems.response(400, "problem.invalid", locale, violations);
    }

    private static String field(ConstraintViolation<?> v) {
        String last = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                last = last == null ? node.getName() : last + "." + node.getName();
            }
        }
        return last == null ? "body" : last;
    }

    private static String message(ConstraintViolation<?> v, Locale locale) {
        String template = v.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            if (Messages.has(key)) {
                return Messages.text(locale, key);
            }
        }
        return v.getMessage();
    }
}
