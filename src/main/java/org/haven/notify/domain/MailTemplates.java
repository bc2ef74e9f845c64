package org.haven.notify.domain;

import org.haven.platform.i18n.Messages;

import java.util.Locale;

/**
 * The e-mail of a notification, in the recipient's language (French unless the account chose English). It says
 * only that there is something new, how pressing it is, and where to sign in: never a name, a case number or a
 * fact, since e-mail leaves the school's control. Texts are in the bundles ({@code mail.*}).
 */
public final class MailTemplates {

    private MailTemplates() {
    }

    public static Locale localeOf(String language) {
        return Messages.supported(language == null ? null : Locale.of(language));
    }

    /** kind: the notification's kind (REPORT_URGENT, CASE_PARENT_UPDATE ...); link: where to sign in. */
    public static Mail render(String kind, boolean urgent, String language, String link) {
        Locale locale = localeOf(language);
        String subjectKey = "mail.subject." + kind;
        String subject = Messages.has(subjectKey) ? Messages.text(locale, subjectKey)
                : Messages.text(locale, urgent ? "mail.subject.urgent" : "mail.subject.default");
        String intro = Messages.text(locale, urgent ? "mail.body.urgent" : "mail.body.default");
        String body = Messages.text(locale, "mail.body", intro, link);
        return new Mail(subject, body);
    }
}
