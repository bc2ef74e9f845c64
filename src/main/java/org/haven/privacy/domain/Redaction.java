package org.haven.privacy.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person's export may show of a file that also concerns others: their own name, and the part each other
 * party has, but not the other parties' names, in the list or in the texts (whole names, and each of their words of
 * three letters or more, case and accents as typed). Staff names in the file are not redacted: they acted in their
 * job, and the person may know who handled their case.
 */
public final class Redaction {

    public static final String MARK = "[redacted]";

    private final long subjectPersonId;
    private final List<Map<String, Object>> parties;
    private final List<Pattern> others = new ArrayList<>();

    private Redaction(long subjectPersonId, List<Map<String, Object>> parties) {
        this.subjectPersonId = subjectPersonId;
        this.parties = parties;
        List<String> words = new ArrayList<>();
        for (Map<String, Object> p : parties) {
            if (!isSubject(p) && p.get("display_name") instanceof String name && !name.isBlank()) {
                words.add(name.strip());
                for (String w : name.split("[\\s\\-']+")) {
                    if (w.length() >= 3) {
                        words.add(w);
                    }
                }
            }
        }
        words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(w -> others.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    public static Redaction keeping(long subjectPersonId, List<Map<String, Object>> parties) {
        return new Redaction(subjectPersonId, parties);
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : others) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(MARK));
        }
        return out;
    }

    /** The parties: the subject named ("you"), the others by their part only. */
    public List<Map<String, Object>> parties() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> p : parties) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("part", String.valueOf(p.get("part")).toLowerCase(Locale.ROOT));
            row.put("name", isSubject(p) ? p.get("display_name") : MARK);
            out.add(row);
        }
        return out;
    }

    private boolean isSubject(Map<String, Object> p) {
        return p.get("person_id") instanceof Number n && n.longValue() == subjectPersonId;
    }
}
