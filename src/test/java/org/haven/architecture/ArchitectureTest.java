package org.haven.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of docs/architecture.md, checked on every build (issue 16): features in a fixed order where each
 * may use only those before it (so no loop between features can come back), web and REST edges that never reach
 * a persistence context nor another feature's infrastructure, application services that know nothing of HTTP or
 * Faces, and REST signatures free of JPA entities.
 */
class ArchitectureTest {

    /** Each feature may depend only on the features before it; those on one line are independent of each other. */
    static final List<List<String>> LAYERS = List.of(
            List.of("platform"),
            List.of("audit"),
            List.of("directory"),
            List.of("notify", "signin", "privacy"),
            List.of("helplines", "harm"),
            List.of("protocol"),
            List.of("insight"),
            List.of("training"),
            List.of("evidence"),
            List.of("reporting"),
            List.of("cases"),
            List.of("safeguarding"),
            List.of("family", "linking", "surveys", "workqueue", "operations"));

    private static JavaClasses haven;

    @BeforeAll
    static void importClasses() {
        haven = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.haven");
    }

    @Test
    void noCycleBetweenFeatures() {
        slices().matching("org.haven.(*)..").should().beFreeOfCycles().check(haven);
    }

    @Test
    void eachFeatureUsesOnlyTheFeaturesBeforeIt() {
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> notYet = LAYERS.subList(i, LAYERS.size()).stream().flatMap(List::stream).toList();
            for (String feature : LAYERS.get(i)) {
                String[] forbidden = notYet.stream().filter(f -> !f.equals(feature))
                        .map(f -> "org.haven." + f + "..").toArray(String[]::new);
                noClasses().that().resideInAPackage("org.haven." + feature + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(feature + " comes before " + String.join(", ", notYet.subList(1, notYet.size())))
                        .check(haven);
            }
        }
    }

    @Test
    void everyFeatureHasItsPlace() {
        List<String> placed = LAYERS.stream().flatMap(List::stream).toList();
        List<String> unplaced = haven.stream().map(c -> c.getPackageName().split("\\."))
                .filter(p -> p.length > 2).map(p -> p[2]).distinct().filter(f -> !placed.contains(f)).toList();
        if (!unplaced.isEmpty()) {
            throw new AssertionError("features with no place in ArchitectureTest.LAYERS: " + unplaced);
        }
    }

    @Test
    void webAndRestNeverTouchAPersistenceContext() {
        noClasses().that().resideInAnyPackage("org.haven.*.web..", "org.haven.*.api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(haven);
    }

    @Test
    void webAndRestNeverUseAnotherFeaturesInfrastructure() {
        for (String feature : LAYERS.stream().flatMap(List::stream).toList()) {
            noClasses().that().resideInAnyPackage("org.haven." + feature + ".web..", "org.haven." + feature + ".api..")
                    .should().dependOnClassesThat(infrastructureOtherThan(feature)).allowEmptyShould(true).check(haven);
        }
    }

    @Test
    void applicationServicesKnowNothingOfHttpOrFaces() {
        noClasses().that().resideInAPackage("org.haven.*.application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..",
                        "org.primefaces..")
                .check(haven);
    }

    @Test
    void noEntityInARestSignature() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.haven.*.api..").and().arePublic()
                .should(new ArchCondition<>("not take or return a JPA entity") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Stream.concat(method.getReturnType().getAllInvolvedRawTypes().stream(),
                                        method.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()))
                                .filter(t -> t.isAnnotatedWith(Entity.class))
                                .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " uses the entity " + t.getName())));
                    }
                }).check(haven);
    }

    private static DescribedPredicate<JavaClass> infrastructureOtherThan(String feature) {
        return DescribedPredicate.describe("another feature's infrastructure", c -> {
            String[] p = c.getPackageName().split("\\.");
            return p.length > 3 && p[0].equals("org") && p[1].equals("haven") && !p[2].equals(feature)
                    && p[3].equals("infrastructure");
        });
    }
}
