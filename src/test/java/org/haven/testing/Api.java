package org.haven.testing;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    /** Any bytes with any content type (null for none), and extra headers (User-Agent ...). */
    public Answer postBytes(String path, byte[] body, String contentType, String token, String language,
                            Map<String, String> headers) {
        HttpRequest.Builder b = request(path, token, language);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Answer post(String path, String json, String token, String language, Map<String, String> headers) {
        return postBytes(path, json.getBytes(StandardCharsets.UTF_8), "application/json", token, language, headers);
    }

    /** One part of a multipart/form-data body: a file when fileName is not null, else a plain field. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }

        public static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A multipart/form-data POST, as a browser's file upload sends it. */
    public Answer postMultipart(String path, List<Part> parts, String token, String language) {
        String boundary = "----haven-test-" + UUID.randomUUID();
        return postBytes(path, multipart(boundary, parts), "multipart/form-data; boundary=" + boundary, token,
                language, Map.of());
    }

    static byte[] multipart(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
            if (p.fileName() != null) {
                head.append("; filename=\"").append(p.fileName()).append('"');
            }
            head.append("\r\n");
            if (p.contentType() != null) {
                head.append("Content-Type: ").append(p.contentType()).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    public Answer get(String path, String token, String language, Map<String, String> headers) {
        HttpRequest.Builder b = request(path, token, language);
        headers.forEach(b::header);
        return send(b.GET().build());
    }

    public Answer delete(String path, String token) {
        return send(request(path, token, "en").DELETE().build());
    }

    /** Any method, with a JSON body or none (null), as the generated API tests call every operation. */
    public Answer send(String method, String path, String json, String token, String language) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder b = request(path, token, language);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, body).build());
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
