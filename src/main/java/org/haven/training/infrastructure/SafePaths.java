package org.haven.training.infrastructure;

import java.util.regex.Pattern;

/** Relative paths a module may name: lower-case segments of letters, digits, dots, dashes and underscores. */
final class SafePaths {

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private SafePaths() {
    }

    static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.length() > 300) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return false;
            }
        }
        return true;
    }

    /** The folder of a file path, with its trailing slash ("" for a file at the root). */
    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }
}
