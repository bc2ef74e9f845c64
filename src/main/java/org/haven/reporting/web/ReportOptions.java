package org.haven.reporting.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.evidence.application.EvidenceIntake;
import org.haven.harm.domain.Category;
import org.haven.platform.i18n.Messages;
import org.haven.reporting.domain.Frequency;
import org.haven.reporting.domain.Platform;
import org.haven.reporting.domain.ReportRules;
import org.haven.reporting.domain.ReportStatus;

/** The choices the reporting pages offer, and where the quick exit leads. */
@Named
@ApplicationScoped
public class ReportOptions {

    @Inject
    @ConfigProperty(name = "haven.quick-exit-url", defaultValue = "https://www.wikipedia.org/")
    String quickExitUrl;

    public Category[] getCategories() {
        return Category.values();
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public int getMaxFiles() {
        return EvidenceIntake.MAX_FILES;
    }

    public long getMaxFileMegabytes() {
        return EvidenceIntake.MAX_BYTES / (1024 * 1024);
    }

    /** The message shown at once when more files are chosen than a report takes. */
    public String getTooManyFiles() {
        return Messages.text(LocalTimes.locale(), "evidence.tooMany", EvidenceIntake.MAX_FILES);
    }

    /** The message shown at once when a chosen file is larger than a report takes. */
    public String getTooLargeFile() {
        return Messages.text(LocalTimes.locale(), "evidence.tooLarge", EvidenceIntake.MAX_BYTES / (1024 * 1024));
    }

    public long getMaxFileBytes() {
        return EvidenceIntake.MAX_BYTES;
    }

    public int getMaxLinks() {
        return ReportRules.LINKS_MAX;
    }

    /** A neutral site to leave for: only an http(s) address, never a script. */
    public String getQuickExitUrl() {
        return quickExitUrl != null && quickExitUrl.matches("https?://[^\\s\"'<>]+") ? quickExitUrl
                : "https://www.wikipedia.org/";
    }
}
