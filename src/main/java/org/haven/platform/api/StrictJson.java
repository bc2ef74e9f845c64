package org.haven.platform.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;

/**
 * The JSON-B the REST API reads and writes with: the defaults, except that a boolean is JSON {@code true} or
 * {@code false} only. Left to itself JSON-B reads any string or number as {@code Boolean.parseBoolean} does, so
 * {@code "anonymous": "yes"} became {@code false} without a word: a pupil's answer silently turned around. Now
 * such a body is refused as malformed (400, {@link MalformedBodyMapper}), and so is a number or an array where a
 * text is expected ({@link StrictString}). A property that the body's type does not
 * have is refused too, instead of being skipped: a misspelt field is never silently dropped, and JSON-B never
 * skips over a value (its skipping of a value cut short spun a thread for ever, see {@link JsonBodyGuard}).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    /** Yasson's switch (YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES): a property the body type lacks is an error. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictBoolean(), new StrictString())
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /**
     * A JSON string or {@code null}; anything else is an error. Left to itself JSON-B turned {@code "body": 5} into
     * the text "5" and an array into its own text (issue 14, finding 8): a text field is given as text or refused.
     */
    public static final class StrictString implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NULL -> null;
                default -> throw new JsonbException("A text is a JSON string.");
            };
        }
    }

    /**
     * {@code true}, {@code false} or {@code null}; anything else is an error. Both deserializers read the value
     * with {@code getValue()}: Yasson's parser for a record's components does not support {@code currentEvent()}
     * (every record with a text component was refused as unreadable, step completions among them).
     */
    public static final class StrictBoolean implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException("A boolean is true or false.");
            };
        }
    }
}
