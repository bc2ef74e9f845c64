package org.haven.protocol.web;

import org.haven.protocol.domain.Deadline;
import org.haven.protocol.domain.EscalationRule;
import org.haven.protocol.domain.FollowUp;
import org.haven.protocol.domain.ProtocolDefinition;
import org.haven.protocol.domain.StepDefinition;
import org.haven.protocol.infrastructure.BundledProtocols;
import org.haven.protocol.infrastructure.ProtocolParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProtocolWordsTest {

    private final ProtocolWords words = new ProtocolWords();
    /** A key, a role or action in the protocol's notation, an unformatted argument. */
    private static final Pattern RAW = Pattern.compile("[a-z]+_[a-z]+|[a-z]+\\.[a-z]+\\.|\\{\\d|[A-Z]{2,}_[A-Z]+");

    @Test
    void deadlinesInWordsInBothLanguages() {
        assertEquals("within 2 school days", words.due(Deadline.parse("2 school days"), Locale.ENGLISH));
        assertEquals("sous 2 jours de classe", words.due(Deadline.parse("2 school days"), Locale.FRENCH));
        assertEquals("within 1 school day", words.due(Deadline.parse("1 school day"), Locale.ENGLISH));
        assertEquals("dans l’heure", words.due(Deadline.parse("1 hour"), Locale.FRENCH));
        assertEquals("within 4 hours", words.due(Deadline.parse("4 hours"), Locale.ENGLISH));
        assertEquals("sous 14 jours", words.due(Deadline.parse("2 weeks"), Locale.FRENCH));
        assertEquals("the same day", words.due(Deadline.parse("0 days"), Locale.ENGLISH));
        assertEquals("Dès le retard :", words.late(Deadline.parse("0 hours"), Locale.FRENCH));
        assertEquals("Late by 3 school days:", words.late(Deadline.parse("3 school days"), Locale.ENGLISH));
        assertEquals("6 weeks after closing", words.followUp(FollowUp.parse("6 weeks"), Locale.ENGLISH));
        assertEquals("3 mois après la clôture", words.followUp(FollowUp.parse("3 months"), Locale.FRENCH));
    }

    @Test
    void everyShippedProtocolReadsWithoutItsNotation() throws Exception {
        ProtocolParser parser = new ProtocolParser();
        List<String> raw = new ArrayList<>();
        for (String name : BundledProtocols.names()) {
            ProtocolDefinition p = parser.parse(name, BundledProtocols.read(name));
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                List<String> texts = new ArrayList<>();
                for (StepDefinition s : p.steps()) {
                    texts.add(words.role(s.owner(), locale));
                    texts.add(words.due(s.due(), locale));
                    texts.addAll(words.after(p, s, locale));
                }
                for (EscalationRule r : p.escalations()) {
                    texts.add(r.titleIn(locale));
                    if (r.within() != null) {
                        texts.add(words.due(r.within(), locale));
                    }
                    texts.addAll(words.actions(r.actions(), locale));
                }
                p.overdue().forEach(o -> {
                    texts.add(words.late(o.after(), locale));
                    texts.addAll(words.actions(o.actions(), locale));
                });
                texts.addAll(words.required(p, locale));
                p.followUp().forEach(f -> texts.add(words.followUp(f, locale)));
                texts.stream().filter(t -> RAW.matcher(t).find())
                        .forEach(t -> raw.add(name + " " + locale + ": " + t));
            }
        }
        assertEquals(List.of(), raw);
    }
}
