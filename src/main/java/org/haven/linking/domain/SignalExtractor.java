package org.haven.linking.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the signals out of a report (issue 20): handles ("@name", "name_with_underscore", a profile address's
 * name), phone numbers, web addresses, each platform in the week it happened, and the class of the pupil targeted.
 * Pure: no database, no clock; the same report always gives the same signals.
 */
public final class SignalExtractor {

    /** At most this many signals a report: a pasted chat log must not flood the table. */
    public static final int MAX_SIGNALS = 60;

    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"']+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|fr|net|org|gg|be|io|me|tv|app|ly)"
                    + "(?:/[^\\s<>\"']*)?");
    private static final Pattern AT_HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@/])@([\\p{L}\\p{N}_.]{2,40})");
    private static final Pattern UNDERSCORE_HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@./])([\\p{L}\\p{N}]+(?:_+[\\p{L}\\p{N}]+)+)(?![\\p{L}\\p{N}_])");
    private static final Pattern PHONE = Pattern.compile("(?:\\+33|0033|\\b0)\\s*(?:\\(0\\)\\s*)?[1-9](?:[\\s.\\-]*\\d{2}){4}\\b");

    /** Profile sites whose first path segment (or the one after these words) is the account's name. */
    private static final Set<String> PROFILE_HOSTS = Set.of("instagram.com", "tiktok.com", "x.com", "twitter.com",
            "snapchat.com", "facebook.com", "youtube.com", "twitch.tv", "threads.net");
    private static final Set<String> NOT_NAMES = Set.of("p", "reel", "reels", "video", "add", "watch", "share",
            "stories", "status", "t", "tv", "explore", "hashtag", "profile.php", "groups", "channel", "c", "user",
            "shorts", "i", "home", "search");

    private SignalExtractor() {
    }

    public static Set<Signal> extract(ReportText r) {
        Set<Signal> out = new LinkedHashSet<>();
        String text = (r.description() == null ? "" : r.description()) + "\n"
                + (r.involved() == null ? "" : r.involved());
        for (String link : r.linkUrls()) {
            url(link, out);
        }
        Matcher urls = URL.matcher(text);
        while (urls.find()) {
            url(urls.group(), out);
        }
        String withoutUrls = URL.matcher(text).replaceAll(" ");
        Matcher phones = PHONE.matcher(withoutUrls);
        while (phones.find()) {
            SignalText.phone(phones.group()).ifPresent(p -> out.add(new Signal(Signal.Kind.PHONE, p)));
        }
        Matcher at = AT_HANDLE.matcher(withoutUrls);
        while (at.find()) {
            handle(at.group(1), out);
        }
        Matcher underscore = UNDERSCORE_HANDLE.matcher(withoutUrls);
        while (underscore.find()) {
            handle(underscore.group(1), out);
        }
        if (r.occurredOn() != null) {
            for (String p : r.platforms().stream().sorted().toList()) {
                if (!p.equals("OTHER")) {
                    out.add(new Signal(Signal.Kind.PLATFORM_WEEK, p + ":" + week(r.occurredOn())));
                    out.add(new Signal(Signal.Kind.PLATFORM_WEEK, p + ":" + week(r.occurredOn().minusWeeks(1))));
                }
            }
        }
        if (!r.witness()) {
            SignalText.schoolClass(r.reporterClass()).ifPresent(c -> out.add(new Signal(Signal.Kind.TARGET_CLASS, c)));
        }
        return out.stream().limit(MAX_SIGNALS).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    /** The ISO week of a day, e.g. "2026-W49". */
    static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void url(String raw, Set<Signal> out) {
        SignalText.url(raw).ifPresent(u -> {
            out.add(new Signal(Signal.Kind.URL, u));
            profileName(u).ifPresent(h -> handle(h, out));
        });
    }

    private static void handle(String raw, Set<Signal> out) {
        SignalText.handle(raw).ifPresent(h -> out.add(new Signal(Signal.Kind.HANDLE, h)));
    }

    /** The account name of a profile address: instagram.com/kevin_93, tiktok.com/@kevin_93/video/1... */
    static java.util.Optional<String> profileName(String normalisedUrl) {
        List<String> parts = List.of(normalisedUrl.split("/"));
        if (parts.size() < 2 || !PROFILE_HOSTS.contains(parts.getFirst())) {
            return java.util.Optional.empty();
        }
        String first = parts.get(1);
        if (first.startsWith("@")) {
            return java.util.Optional.of(first);
        }
        if (Set.of("add", "stories", "user", "c").contains(first)) {
            return parts.size() > 2 ? java.util.Optional.of(parts.get(2)) : java.util.Optional.empty();
        }
        return NOT_NAMES.contains(first) ? java.util.Optional.empty() : java.util.Optional.of(first);
    }
}
