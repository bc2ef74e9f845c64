package org.haven.safeguarding.web;

import org.haven.cases.domain.EventKind;
import org.haven.safeguarding.domain.CalledParty;
import org.haven.safeguarding.domain.DisclosureBasis;
import org.haven.safeguarding.domain.ReferralKind;
import org.haven.safeguarding.domain.ReferralStatus;
import org.haven.safeguarding.domain.RiskAnswers;
import org.haven.safeguarding.domain.RiskDuration;
import org.haven.safeguarding.domain.RiskFrequency;
import org.haven.safeguarding.domain.RiskReason;
import org.haven.safeguarding.domain.RiskScoring;
import org.haven.safeguarding.domain.SupportKind;
import org.haven.safeguarding.domain.SupportStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every label the safeguarding pages build from a value (enum, reason code) exists in both languages. */
class SafeguardingLabelsTest {

    @Test
    void everyBuiltKeyHasATextInFrenchAndEnglish() throws IOException {
        List<String> keys = new ArrayList<>();
        for (ReferralKind k : ReferralKind.values()) {
            keys.add("referral.kind." + k);
        }
        for (ReferralStatus s : ReferralStatus.values()) {
            keys.add("referral.status." + s);
            s.next().stream().filter(n -> n != ReferralStatus.SENT).forEach(n -> keys.add("referral.to." + n));
        }
        for (DisclosureBasis b : DisclosureBasis.values()) {
            keys.add("referral.consent.ok." + b);
            keys.add("referral.pdf.basis." + b);
        }
        for (CalledParty p : CalledParty.values()) {
            keys.add("urgent.called." + p);
        }
        for (RiskDuration d : RiskDuration.values()) {
            keys.add("risk.duration." + d);
        }
        for (RiskFrequency f : RiskFrequency.values()) {
            keys.add("risk.frequency." + f);
        }
        for (SupportKind k : SupportKind.values()) {
            keys.add("support.kind." + k);
        }
        for (SupportStatus s : SupportStatus.values()) {
            keys.add("support.status." + s);
        }
        for (EventKind k : EventKind.values()) {
            keys.add("case.event." + k);
        }
        Set<String> reasons = new TreeSet<>();
        RiskAnswers all = new RiskAnswers(true, true, true, true, true, true, RiskDuration.MONTHS, RiskFrequency.DAILY,
                true, true);
        RiskScoring.score(all, "DEEPFAKE").reasons().stream().map(RiskReason::code).forEach(reasons::add);
        RiskScoring.score(all, "PHYSICAL").reasons().stream().map(RiskReason::code).forEach(reasons::add);
        RiskScoring.score(new RiskAnswers(false, false, false, false, false, false, RiskDuration.DAYS,
                RiskFrequency.ONCE, false, false), "OTHER").reasons().stream().map(RiskReason::code)
                .forEach(reasons::add);
        assertEquals(14, reasons.size(), reasons.toString());
        reasons.forEach(r -> keys.add("risk.reason." + r));

        List<String> missing = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_" + language
                    + ".properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            keys.stream().filter(k -> !p.containsKey(k)).forEach(k -> missing.add(language + ": " + k));
        }
        assertEquals(List.of(), missing);
    }
}
