package org.haven.training.infrastructure;

import org.haven.training.domain.Lesson;
import org.haven.training.domain.Question;
import org.haven.training.domain.TrainingModule;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The modules shipped in protocols/training/ all load, in both languages, with what a module must have. */
class ShippedModulesTest {

    private static final ModuleLoader.Loaded LOADED = ModuleLoader.load(
            ModuleFiles.folder(Path.of("protocols", "training")));

    @Test
    void everyListedModuleLoadsWithoutAProblem() {
        assertEquals(List.of(), LOADED.problems().stream().map(Object::toString).toList());
        assertEquals(List.of("signs-of-harassment", "first-conversation", "danger-and-evidence", "school-protocol"),
                LOADED.modules().stream().map(TrainingModule::id).toList());
    }

    @Test
    void eachModuleHasLessonsScenariosAQuizAndAnExpiry() {
        for (TrainingModule m : LOADED.modules()) {
            assertTrue(m.lessons().size() >= 3, m.id() + " lessons");
            assertTrue(m.lessons().stream().mapToInt(l -> l.scenarios().size()).sum() >= 2, m.id() + " scenarios");
            assertTrue(m.quiz().size() >= 5, m.id() + " quiz questions");
            assertTrue(m.passMark() >= 60 && m.passMark() <= 100, m.id() + " pass mark");
            assertEquals(Period.ofYears(2), m.validFor(), m.id() + " valid for");
            for (Lesson l : m.lessons()) {
                assertFalse(l.html().fr().isBlank());
                assertFalse(l.html().en().isBlank());
                assertFalse(l.html().fr().equals(l.html().en()), m.id() + "/" + l.id() + " is translated");
            }
        }
    }

    @Test
    void theImagesOfLessonsAreServedFromTheModule() {
        TrainingModule signs = LOADED.modules().getFirst();
        assertEquals(java.util.Set.of("images/circle.svg"), signs.images());
        assertTrue(signs.lesson("what-it-is").orElseThrow().html().fr()
                .contains("src=\"media/signs-of-harassment/images/circle.svg\""));
    }

    @Test
    void lessonTablesRenderAsTables() {
        TrainingModule conversation = LOADED.modules().get(1);
        String html = conversation.lesson("words").orElseThrow().html().en();
        assertTrue(html.contains("<table>") && html.contains("<th>Do not say</th>"), html);
    }

    @Test
    void frenchTextsUseTheTypographicApostrophe() {
        for (TrainingModule m : LOADED.modules()) {
            for (Question q : m.quiz()) {
                assertFalse(q.prompt().fr().contains("'"), m.id() + "/" + q.id());
            }
        }
    }
}
