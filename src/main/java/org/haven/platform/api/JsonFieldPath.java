package org.haven.platform.api;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Where a JSON parser is in a body, written as violations name fields ({@code links[1].note}; "body" at the top), so
 * that a refusal made while reading the raw body ({@link JsonBodyGuard}) names the same field as the feature's own
 * checks would.
 */
final class JsonFieldPath {

    private final ArrayDeque<Frame> frames = new ArrayDeque<>();

    private static final class Frame {
        final boolean array;
        String key;
        int index = -1;

        Frame(boolean array) {
            this.array = array;
        }
    }

    void open(boolean array) {
        frames.push(new Frame(array));
    }

    void close() {
        frames.pop();
    }

    void key(String name) {
        frames.element().key = name;
    }

    /** A value starts: in an array, it is the next element. */
    void value() {
        Frame top = frames.peek();
        if (top != null && top.array) {
            top.index++;
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        Iterator<Frame> outermostFirst = frames.descendingIterator();
        while (outermostFirst.hasNext()) {
            Frame f = outermostFirst.next();
            if (f.array) {
                out.append('[').append(f.index).append(']');
            } else if (f.key != null) {
                out.append(out.isEmpty() ? "" : ".").append(f.key);
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }
}
