package org.haven.protocol.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recursive descent: or := and ("or" and)*; and := unary ("and" unary)*; unary := "not" unary | atom | (or). */
final class ConditionParser {

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:(\\()|(\\))|([A-Za-z0-9_.\\-]+)|(\\S))");

    private record Token(String text, int column) {
    }

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    ConditionParser(String source) {
        this.source = source == null ? "" : source;
        Matcher m = TOKEN.matcher(this.source);
        int at = 0;
        while (at < this.source.length() && m.find(at) && m.start() == at) {
            if (m.group(4) != null) {
                throw error(Phrase.of("protocol.problem.condition.character", m.group(4)), m.start(4));
            }
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            if (m.group(group) != null) {
                tokens.add(new Token(m.group(group), m.start(group)));
            }
            at = m.end();
        }
    }

    Condition parse() {
        if (tokens.isEmpty()) {
            throw new ConditionSyntaxException(Phrase.of("protocol.problem.condition.empty"));
        }
        Condition condition = or();
        if (next < tokens.size()) {
            Token extra = tokens.get(next);
            throw error(extra.text().equals(")") ? Phrase.of("protocol.problem.condition.unopened")
                    : Phrase.of("protocol.problem.condition.andOr", extra.text()), extra.column());
        }
        return condition;
    }

    private Condition or() {
        Condition left = and();
        while (accept("or")) {
            left = new Condition.Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = unary();
        while (accept("and")) {
            left = new Condition.And(left, unary());
        }
        return left;
    }

    private Condition unary() {
        if (next >= tokens.size()) {
            String previous = tokens.get(tokens.size() - 1).text();
            throw error(Phrase.of("protocol.problem.condition.ends", previous), source.length());
        }
        Token token = tokens.get(next++);
        switch (token.text()) {
            case "not" -> {
                return new Condition.Not(unary());
            }
            case "(" -> {
                Condition inner = or();
                if (!accept(")")) {
                    throw error(Phrase.of("protocol.problem.condition.unclosed"), token.column());
                }
                return inner;
            }
            case ")", "and", "or" -> throw error(Phrase.of("protocol.problem.condition.fact", token.text()),
                    token.column());
            default -> {
                return new Condition.Fact(token.text());
            }
        }
    }

    private boolean accept(String text) {
        if (next < tokens.size() && tokens.get(next).text().equals(text)) {
            next++;
            return true;
        }
        return false;
    }

    private ConditionSyntaxException error(Phrase what, int index) {
        return new ConditionSyntaxException(Phrase.of("protocol.problem.condition.at", what, index + 1,
                source.strip()));
    }
}
