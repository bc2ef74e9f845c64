package org.haven.notify.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.text.Texts;

import java.util.Optional;

/**
 * SMTP settings from MicroProfile Config (environment variables HAVEN_SMTP_HOST, HAVEN_SMTP_PORT,
 * HAVEN_SMTP_USER, HAVEN_SMTP_PASSWORD, HAVEN_SMTP_FROM, HAVEN_SMTP_TLS) and the address of the application
 * that e-mails link to (HAVEN_PUBLIC_URL). Without a host, e-mail is off: deliveries are logged as not sent.
 */
@ApplicationScoped
public class MailSettings {

    /** How TLS is used: none, STARTTLS on the plain port, or TLS from the first byte (SMTPS). */
    public enum Tls {
        NONE, STARTTLS, SMTPS
    }

    @Inject
    @ConfigProperty(name = "haven.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "haven.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "haven.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "haven.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "haven.smtp.from", defaultValue = "haven@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "haven.smtp.tls", defaultValue = "STARTTLS")
    String tls;

    @Inject
    @ConfigProperty(name = "haven.smtp.timeout-ms", defaultValue = "10000")
    int timeoutMs;

    @Inject
    @ConfigProperty(name = "haven.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public String from() {
        return from;
    }

    public Tls tls() {
        return Texts.enumNamed(Tls.class, tls);
    }

    public int timeoutMs() {
        return timeoutMs;
    }

    /** The application's public address, without a trailing slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
