package org.haven.notify.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.haven.notify.domain.MailDelivery;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends one e-mail through the configured SMTP server (Jakarta Mail; Payara provides Angus Mail). */
@ApplicationScoped
public class SmtpMailer {

    @Inject
    MailSettings settings;

    /** Sends the delivery's e-mail; throws with the server's reason when it was not accepted. */
    public void send(MailDelivery delivery) throws MessagingException {
        Session session = Session.getInstance(properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(delivery.address(), true));
        message.setSubject(delivery.subject(), StandardCharsets.UTF_8.name());
        message.setText(delivery.body(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", delivery.language());
        message.setSentDate(new Date());
        if (settings.user().isPresent()) {
            Transport.send(message, settings.user().get(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    private Properties properties() {
        String protocol = settings.tls() == MailSettings.Tls.SMTPS ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", settings.host());
        p.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        p.put("mail." + protocol + ".auth", Boolean.toString(settings.user().isPresent()));
        p.put("mail." + protocol + ".connectiontimeout", Integer.toString(settings.timeoutMs()));
        p.put("mail." + protocol + ".timeout", Integer.toString(settings.timeoutMs()));
        p.put("mail." + protocol + ".writetimeout", Integer.toString(settings.timeoutMs()));
        if (settings.tls() == MailSettings.Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.tls() != MailSettings.Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }
}
