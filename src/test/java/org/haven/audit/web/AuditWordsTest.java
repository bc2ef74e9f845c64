package org.haven.audit.web;

import org.haven.evidence.domain.CustodyAction;
import org.haven.safeguarding.domain.ReferralStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log page says every kind of entry in words (issue 23): each action the code records, written as a
 * literal in a did(...) call or as a constant handed to the audit log, and those built from an enum (referrals,
 * evidence custody), has its words in both bundles.
 */
class AuditWordsTest {

    private static final Pattern DID = Pattern.compile("did\\(\\s*(?:[a-z]+ \\? )?\"([A-Z][A-Z0-9_]+)\"(?: : \"([A-Z][A-Z0-9_]+)\")?");
    private static final Pattern CONSTANT = Pattern.compile(
            "static final String [A-Z_]+ = \"((?:LOGIN|SECOND_FACTOR|LEGAL_HOLD|RETENTION|SUBJECT|SESSION)_[A-Z0-9_]+)\"");

    @Test
    void everyActionOfTheCodeHasWordsInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = DID.matcher(source);
                while (m.find()) {
                    actions.add(m.group(1));
                    if (m.group(2) != null) {
                        actions.add(m.group(2));
                    }
                }
                Matcher c = CONSTANT.matcher(source);
                while (c.find()) {
                    actions.add(c.group(1));
                }
            }
        }
        for (ReferralStatus s : ReferralStatus.values()) {
            actions.add("REFERRAL_" + s.name());
        }
        for (CustodyAction a : CustodyAction.values()) {
            actions.add("EVIDENCE_" + a.name());
        }
        actions.remove("EVIDENCE_");
        actions.remove("REFERRAL_");
        assertTrue(actions.size() > 120, "actions found: " + actions.size());
        List<String> missing = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            Properties bundle = bundle(language);
            actions.stream().filter(a -> !bundle.containsKey("audit.action." + a))
                    .forEach(a -> missing.add(language + " " + a));
        }
        assertEquals(List.of(), missing);
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditWordsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
