package org.haven.protocol.domain;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A condition of an escalation rule over the facts of a case: dotted atoms combined with {@code not},
 * {@code and}, {@code or} (in that order of precedence) and parentheses, for example
 * {@code evidence.intimate_images and not category.deepfake}.
 */
public sealed interface Condition permits Condition.Fact, Condition.Not, Condition.And, Condition.Or {

    boolean matches(Set<String> facts);

    /** The atoms the condition uses. */
    Set<String> facts();

    /**
     * Reads a condition.
     *
     * @throws ConditionSyntaxException with a plain message naming the position of the error
     */
    static Condition parse(String text) {
        return new ConditionParser(text).parse();
    }

    record Fact(String name) implements Condition {
        public Fact {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public boolean matches(Set<String> facts) {
            return facts.contains(name);
        }

        @Override
        public Set<String> facts() {
            return Set.of(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public boolean matches(Set<String> facts) {
            return !operand.matches(facts);
        }

        @Override
        public Set<String> facts() {
            return operand.facts();
        }

        @Override
        public String toString() {
            return "not " + wrap(operand);
        }
    }

    record And(Condition left, Condition right) implements Condition {
        @Override
        public boolean matches(Set<String> facts) {
            return left.matches(facts) && right.matches(facts);
        }

        @Override
        public Set<String> facts() {
            return union(left, right);
        }

        @Override
        public String toString() {
            return (left instanceof Or ? wrap(left) : left) + " and " + (right instanceof Or ? wrap(right) : right);
        }
    }

    record Or(Condition left, Condition right) implements Condition {
        @Override
        public boolean matches(Set<String> facts) {
            return left.matches(facts) || right.matches(facts);
        }

        @Override
        public Set<String> facts() {
            return union(left, right);
        }

        @Override
        public String toString() {
            return left + " or " + right;
        }
    }

    private static Set<String> union(Condition left, Condition right) {
        Set<String> all = new LinkedHashSet<>(left.facts());
        all.addAll(right.facts());
        return Set.copyOf(all);
    }

    private static String wrap(Condition c) {
        return c instanceof Fact || c instanceof Not ? c.toString() : "(" + c + ")";
    }
}
