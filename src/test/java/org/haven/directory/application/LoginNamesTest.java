package org.haven.directory.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginNamesTest {

    @Test
    void spellingsTheDatabaseTreatsAsOneFoldToOne() {
        for (String spelling : new String[]{"stüdent2.ecole", "stûdent2.ecole", "stūdent2.ecole", "STUDENT2.ECOLE",
                "ｓｔｕｄｅｎｔ２.ecole", " student2.ecole "}) {
            assertEquals("student2.ecole", LoginNames.fold(spelling), spelling);
        }
    }
}
