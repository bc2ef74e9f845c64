package org.haven.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import org.haven.platform.errors.Invalid;

import java.io.ByteArrayInputStream;
import java.util.NoSuchElementException;

/**
 * The strict parse of a whole JSON body that {@link JsonBodyGuard} runs before binding: syntax, depth, number
 * sizes, and the one rule for control characters in text.
 */
final class JsonBodyChecks {

    static final int MAX_NUMBER_CHARS = 40;

    private JsonBodyChecks() {
    }

    /**
     * Parses the whole body; any syntax error, excess depth or oversized number is a 400. Every text of every body
     * follows one rule here (issue 14, finding 8): no control character other than a line break or a tab, so that
     * a NUL byte is refused the same way whether it is in a parent's message or a pupil's report; the refusal
     * names the property.
     */
    static void check(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            JsonFieldPath path = new JsonFieldPath();
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> path.key(parser.getString());
                    case VALUE_STRING -> {
                        path.value();
                        text(path, parser.getString());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > JsonBodyGuard.MAX_DEPTH) {
                            throw new JsonBodyGuard.Refused(400);
                        }
                        path.value();
                        path.open(event == JsonParser.Event.START_ARRAY);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        path.close();
                    }
                    case VALUE_NUMBER -> {
                        path.value();
                        number(parser.getString());
                    }
                    default -> path.value();
                }
            }
            if (depth != 0) {
                throw new JsonBodyGuard.Refused(400);
            }
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw new JsonBodyGuard.Refused(400);
        }
    }

    /** The one rule for text in a body: line breaks and tabs are the only control characters allowed. */
    static void text(JsonFieldPath path, String value) {
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw Invalid.of(path.toString(), "text.controlCharacters");
        }
    }

    /** A number binds to a long, an int or a decimal: no thousand-digit literal, no exponent of a million. */
    private static void number(String literal) {
        if (literal.length() > MAX_NUMBER_CHARS) {
            throw new JsonBodyGuard.Refused(400);
        }
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        if (e >= 0) {
            String exponent = literal.substring(e + 1).replace("+", "");
            if (exponent.replace("-", "").length() > 3) {
                throw new JsonBodyGuard.Refused(400);
            }
        }
    }
}
