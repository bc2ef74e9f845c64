package org.haven.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar without the browser, for HTTP tests of web sessions: every cookie the server sets is sent
 * back, to whichever base URL (a browser keeps cookies per host, not per port, so one jar serves every instance of
 * a cluster on 127.0.0.1). Redirects are not followed, so that a test sees the login page's 302.
 */
public final class WebSession {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Signs in through the login form at {@code base}; fails unless the server answers with the 302 of a sign-in. */
    public void signIn(URI base, String username, String password) {
        HttpResponse<String> answer = postForm(base, "login.xhtml", form(get(base, "login.xhtml").body(),
                Map.of("login", "login", "login:username", username, "login:password", password, "login:submit", "")));
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("login")) {
            throw new AssertionError("sign-in of " + username + " refused: " + answer.statusCode() + " "
                    + answer.headers().map());
        }
    }

    public HttpResponse<String> get(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET());
    }

    public HttpResponse<String> postForm(URI base, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The Faces view state of a rendered page (fails when the page has none). */
    public static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no Faces view state in the page");
        }
        return m.group(1);
    }

    /**
     * What a browser posts with a form of {@code page}: the given fields, the page's Faces view state and, as
     * PrimeFaces' script adds it to every form, the page's script nonce ({@code primefaces.nonce}).
     */
    public static Map<String, String> form(String page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState(page));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1));
        }
        return all;
    }

    /** The value of a cookie the server set, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Forgets a cookie, as a client that keeps only some of them would. */
    public void forget(String name) {
        cookies.remove(name);
    }

    /** Whether an answer is the way to the login page (a 302 to it, or the login form itself). */
    public static boolean toLogin(HttpResponse<String> r) {
        return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login.xhtml")
                || r.body().contains("login:username");
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
