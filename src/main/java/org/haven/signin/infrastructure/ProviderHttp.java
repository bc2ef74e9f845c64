package org.haven.signin.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.haven.signin.infrastructure.OidcProvider.ProviderException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bounded HTTP calls to the provider (5 s to connect, 10 s to answer, no redirect followed) and the form
 * encoding they use, so that {@link OidcProvider} reads as the protocol's steps; every failure is a
 * {@link ProviderException} with a short reason.
 */
final class ProviderHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ProviderHttp() {
    }

    static JsonObject getJson(String url, String what) throws ProviderException {
        String body = get(url, what);
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            throw new ProviderException(what + "-unreadable", e);
        }
    }

    static String get(String url, String what) throws ProviderException {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new ProviderException(what + "-status-" + r.statusCode(), null);
            }
            return r.body();
        } catch (IOException | IllegalArgumentException e) {
            throw new ProviderException("provider-unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("provider-unreachable", e);
        }
    }

    static JsonObject send(HttpRequest request, String what) throws ProviderException {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new ProviderException(what + "-status-" + r.statusCode(), null);
            }
            return Json.createReader(new StringReader(r.body())).readObject();
        } catch (IOException e) {
            throw new ProviderException("provider-unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("provider-unreachable", e);
        } catch (RuntimeException e) {
            throw new ProviderException(what + "-unreadable", e);
        }
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream().map(en -> encode(en.getKey()) + "=" + encode(en.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
