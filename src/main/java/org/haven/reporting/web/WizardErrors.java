package org.haven.reporting.web;

import jakarta.servlet.http.Part;
import org.haven.platform.errors.Refusal;
import org.haven.platform.errors.Refusal.FieldError;
import org.haven.platform.web.FacesMessages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wizard's errors on its page: the service's field names turned into the wizard's component ids, so that each
 * error sits on its field, and the files a failed send could not keep named to be added again.
 */
final class WizardErrors {

    private static final Pattern LINK_FIELD = Pattern.compile("links\\[(\\d+)]\\.(url|seenAt|note)");

    private WizardErrors() {
    }

    static Refusal onPage(Refusal e, List<Integer> linkRows) {
        return e.withErrors(e.errors().stream()
                .map(f -> new FieldError(componentOf(f.field(), linkRows), f.key(), f.args())).toList());
    }

    static String componentOf(String field, List<Integer> linkRows) {
        if (field == null) {
            return "";
        }
        if (field.equals("files")) {
            return "evidence";
        }
        if (field.equals("links")) {
            return "linkUrl0";
        }
        Matcher m = LINK_FIELD.matcher(field);
        if (m.matches()) {
            int given = Integer.parseInt(m.group(1));
            int row = given < linkRows.size() ? linkRows.get(given) : given;
            String part = m.group(2);
            return "link" + Character.toUpperCase(part.charAt(0)) + part.substring(1) + row;
        }
        return field;
    }

    /** A failed send cannot keep the files (the browser does not send them again): name each one to add again. */
    static void filesToAddAgain(List<Part> given) {
        List<String> names = given.stream().map(Part::getSubmittedFileName)
                .filter(n -> n != null && !n.isBlank()).toList();
        if (!names.isEmpty()) {
            FacesMessages.error(ReportWizardBean.FORM + "evidence", "report.files.againNamed",
                    String.join(", ", names));
        }
    }
}
