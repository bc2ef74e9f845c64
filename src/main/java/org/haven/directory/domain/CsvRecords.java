package org.haven.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a CSV text (RFC 4180 quoting) into records of cells, so that the roster's checks read cells and never
 * characters. The separator, comma or semicolon, is the one the first line uses most.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Splits the text into records of cells, honouring quotes; the separator is read from the first line. */
    static List<List<String>> read(String text, List<RosterError> errors) {
        char sep = separator(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == sep) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            errors.add(new RosterError(records.size() + 1, "roster.quote.unclosed"));
            return List.of();
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    /** The cell of that column, stripped; empty when the file has no such column. */
    static String cell(List<String> record, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null ? "" : record.get(i).strip();
    }

    private static char separator(String text) {
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        return firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
    }
}
