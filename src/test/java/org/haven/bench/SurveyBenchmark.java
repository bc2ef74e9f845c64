package org.haven.bench;

import org.haven.insight.domain.Suppression;
import org.haven.platform.qr.QrSvg;
import org.haven.protocol.domain.ProtocolInvalidException;
import org.haven.surveys.domain.AnswerRules;
import org.haven.surveys.domain.SurveyDefinition;
import org.haven.surveys.domain.SurveyQuestion;
import org.haven.surveys.domain.SurveyRepository.AnswerCount;
import org.haven.surveys.infrastructure.BundledSurveys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Figures of the pupil surveys' pure-Java work, printed by deploy/benchmark.sh (never asserted): parsing the shipped
 * questionnaires, checking one pupil's answers, drawing a class's QR code as SVG, and suppressing a results page
 * (every question of the secondary questionnaire, 30 classes).
 */
public final class SurveyBenchmark {

    private SurveyBenchmark() {
    }

    public static void main(String[] args) throws ProtocolInvalidException {
        SurveyDefinition survey = BundledSurveys.all().get(1);
        report("parse the shipped questionnaires (2 files)", 30, i -> {
            try {
                BundledSurveys.all();
            } catch (ProtocolInvalidException e) {
                throw new IllegalStateException(e);
            }
        });
        Map<String, Object> answers = Map.of("feel-school", 4, "insulted", "weekly", "repeated", "yes",
                "where", List.of("class", "canteen"), "danger-now", "no", "anything-else", "Rien à ajouter.");
        report("check one pupil's answers (AnswerRules)", 200, i -> AnswerRules.check(survey, answers));
        String[] svg = new String[1];
        report("draw a class's QR code as SVG (ZXing)", 50,
                i -> svg[0] = QrSvg.of("https://haven.example.org/survey/?code=HAVE-N4BC", "QR"));
        System.out.printf("    QR SVG size: %,d bytes%n", svg[0].length());
        List<AnswerCount> counts = new ArrayList<>();
        for (long g = 1; g <= 30; g++) {
            for (SurveyQuestion q : survey.questions()) {
                for (int o = 0; o < q.options().size(); o++) {
                    counts.add(new AnswerCount(g, q.id(), q.options().get(o).id(), (g * 7 + o * 3) % 9));
                }
            }
        }
        Suppression suppression = new Suppression(Suppression.DEFAULT_THRESHOLD);
        report("suppress a results page (15 questions x 30 classes)", 50, i -> {
            for (SurveyQuestion q : survey.questions()) {
                for (long g = 1; g <= 30; g++) {
                    long group = g;
                    suppression.apply(q.options().stream().map(o -> new org.haven.insight.domain.Cell(o.id(),
                            counts.stream().filter(c -> c.groupId() == group && c.questionId().equals(q.id())
                                    && c.value().equals(o.id())).mapToLong(AnswerCount::count).sum())).toList());
                }
            }
        });
    }

    private static void report(String name, int runs, IntConsumer work) {
        for (int i = 0; i < 3; i++) {
            work.accept(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-55s median %9.3f ms  min %9.3f  max %9.3f  (%d runs)%n", name, ms[runs / 2], ms[0],
                ms[runs - 1], runs);
    }
}
