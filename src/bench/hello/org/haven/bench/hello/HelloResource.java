package org.haven.bench.hello;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/** Hello-JSON (the ceiling of a request) and one PBKDF2 hash per request (the ceiling of a report submission). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class HelloResource {

    /** As Haven's PasswordHasher and receipts: PBKDF2-HMAC-SHA256, 210,000 iterations, 256 bits. */
    static final int ITERATIONS = 210_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    @GET
    @Path("hello")
    public Map<String, String> hello() {
        return Map.of("hello", "world");
    }

    @POST
    @Path("pbkdf2")
    public Map<String, String> pbkdf2() throws GeneralSecurityException {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec("correct horse battery".toCharArray(), salt, ITERATIONS, 256);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        return Map.of("hash", HexFormat.of().formatHex(hash));
    }
}
