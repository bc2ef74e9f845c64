package org.haven.notify.web;

import java.util.function.Predicate;

/** The page a notification leads to, by the type of record it is about and the reader's roles. */
public final class NotificationLinks {

    private NotificationLinks() {
    }

    public static String path(String recordType, String recordId, Predicate<String> hasRole) {
        if (recordType == null || recordId == null || !recordId.matches("[0-9]{1,18}")) {
            return null;
        }
        boolean schoolStaff = hasRole.test("referent") || hasRole.test("head_of_school") || hasRole.test("teacher")
                || hasRole.test("staff");
        return switch (recordType) {
            case "report" -> schoolStaff ? "/staff/report.xhtml?id=" + recordId : null;
            case "case" -> schoolStaff ? "/staff/case.xhtml?id=" + recordId
                    : hasRole.test("district_lead") ? "/district/case.xhtml?id=" + recordId : null;
            case "family-case" -> hasRole.test("parent") ? "/parent/case.xhtml?id=" + recordId : null;
            default -> null;
        };
    }
}
