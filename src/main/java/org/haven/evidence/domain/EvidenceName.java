package org.haven.evidence.domain;

import org.haven.platform.errors.Invalid;

/**
 * The name a file was sent under, checked rather than silently changed: it is part of the evidence (the
 * custody log and the dossier show it). A name holding a path separator or a control or invisible formatting
 * character (a right-to-left override can disguise {@code gpj.exe} as {@code exe.jpg}) is refused with a
 * clear message; an absent name becomes {@code file}.
 */
public final class EvidenceName {

    public static final int MAX_LENGTH = 255;

    private EvidenceName() {
    }

    public static String check(String given, String field) {
        if (given == null || given.isBlank()) {
            return "file";
        }
        String name = given.strip();
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw Invalid.of(field, "evidence.name.path");
        }
        if (name.equals(".") || name.equals("..")) {
            throw Invalid.of(field, "evidence.name.path");
        }
        boolean hidden = name.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT && c != 0x200D);
        if (hidden) {
            throw Invalid.of(field, "evidence.name.control");
        }
        if (name.length() > MAX_LENGTH) {
            throw Invalid.of(field, "evidence.name.tooLong", MAX_LENGTH);
        }
        return name;
    }
}
