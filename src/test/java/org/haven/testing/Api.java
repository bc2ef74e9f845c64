package org.haven.testing;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the REST tests: JSON in, status and parsed JSON out. */
public final class Api {

    /** An answer: status, headers and body. */
    public record Answer(int status, HttpResponse<String> raw) {
        public JsonStructure json() {
            return Json.createReader(new StringReader(raw.body())).read();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return raw.body();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public Answer get(String path, String token, String language) {
        return send(request(path, token, language).GET().build());
    }

    public Answer post(String path, String json, String token, String language) {
        return send(request(path, token, language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer postRaw(String path, String body, String contentType, String token, String language) {
        return send(request(path, token, language).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Answer delete(String path, String token) {
        return send(request(path, token, "en").DELETE().build());
    }

    /** Signs in and returns the bearer token. */
    public String token(String username, String password) {
        Answer a = post("api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null, "en");
        if (a.status() != 200) {
            throw new AssertionError("No token for " + username + ": " + a.status() + " " + a.body());
        }
        return a.json().asJsonObject().getString("token");
    }

    private HttpRequest.Builder request(String path, String token, String language) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language == null ? "en" : language);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
