package org.haven.protocol.application;

import org.haven.protocol.domain.EscalationAction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActionWordsTest {

    @Test
    void eachActionInTheReadersWords() {
        assertEquals(List.of("Prévenir : Chef·fe d’établissement", "Une décision doit être enregistrée",
                        "Donner les lignes d’aide à l’élève", "Saisine à préparer : Police ou gendarmerie",
                        "Relancer la personne chargée de l’étape"),
                ActionWords.of(List.of(EscalationAction.parse("notify head_of_school"),
                        EscalationAction.parse("require_decision"), EscalationAction.parse("show_help_lines"),
                        EscalationAction.parse("referral police"), EscalationAction.parse("remind owner")),
                        Locale.FRENCH));
        assertEquals("Notify: District lead", ActionWords.of(EscalationAction.parse("notify district_lead"),
                Locale.ENGLISH));
    }

    @Test
    void theNotationHavenWroteOnTheTimelineIsPutIntoWords() {
        assertEquals("Prévenir : Chef·fe d’établissement · Prévenir : Responsable académique · Une décision doit être "
                        + "enregistrée · Donner les lignes d’aide à l’élève",
                ActionWords.detail("notify head_of_school, notify district_lead, require_decision, show_help_lines",
                        Locale.FRENCH));
        assertEquals("The decision awaited is late", ActionWords.detail("decision late", Locale.ENGLISH));
        assertEquals("La décision attendue est toujours en retard (relance 3)",
                ActionWords.detail("decision still late (3)", Locale.FRENCH));
    }

    @Test
    void anyOtherTextIsLeftAsItIs() {
        assertEquals("Appel au 119, rappel demain", ActionWords.detail("Appel au 119, rappel demain", Locale.FRENCH));
        assertEquals("notify somebody", ActionWords.detail("notify somebody", Locale.FRENCH));
        assertEquals(null, ActionWords.detail(null, Locale.FRENCH));
    }
}
