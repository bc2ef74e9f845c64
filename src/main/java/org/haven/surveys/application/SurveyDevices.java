package org.haven.surveys.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.haven.platform.config.DistrictZone;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * "Once per device per campaign" without keeping anything about the device: after answering, the browser receives a
 * cookie named after the campaign whose value is a keyed hash of the campaign id (HMAC-SHA256 under a key derived
 * from haven.receipt.key). The value is the same for every pupil of the campaign, so it tells nothing about who
 * answered, and the server stores nothing. A browser that sends the right value has answered already. It stops a
 * second answer from the same browser; it does not stop a pupil who clears cookies, uses private browsing, another
 * browser or another device (docs/surveys.md).
 */
@ApplicationScoped
public class SurveyDevices {

    static final String PREFIX = "haven-survey-";

    @Inject
    @ConfigProperty(name = "haven.receipt.key")
    Optional<String> receiptKey;

    @Inject

    DistrictZone districtZone;

    public String cookieName(long campaignId) {
        return PREFIX + campaignId;
    }

    /** Whether these cookies (name to value) hold the mark of this campaign. */
    public boolean answered(long campaignId, Map<String, String> cookies) {
        String value = cookies == null ? null : cookies.get(cookieName(campaignId));
        return value != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                mark(campaignId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The mark to give a browser that answered, kept until a week after the campaign closes. */
    public SurveyViews.DeviceMark markFor(long campaignId, LocalDate closesOn, Clock clock) {
        long until = closesOn.plusDays(8).atStartOfDay(districtZone.zone()).toEpochSecond() - clock.instant().getEpochSecond();
        return new SurveyViews.DeviceMark(cookieName(campaignId), mark(campaignId), Math.max(until, 3600));
    }

    String mark(long campaignId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("haven-survey-device:" + receiptKey.orElse("")).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            byte[] h = mac.doFinal(("campaign:" + campaignId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
