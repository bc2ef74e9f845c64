package org.haven.signin.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.platform.api.Problems;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.security.ApiTokens;
import org.haven.platform.security.ChannelCredential;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.LoginAttempts;
import org.haven.platform.security.SecondFactorCredential;
import org.haven.platform.security.SignInPolicy;
import org.haven.signin.application.CodeAttempts;

import java.time.Duration;

/** Accounts sign in to the API here: a username and password give a short-lived bearer token. */
@Path("/v1/auth/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

    /** Credentials of an account; {@code code} is the second factor's, for an account that has one. */
    public record Credentials(@NotBlank(message = "{login.username.required}") @Size(max = 64) String username,
                              @NotBlank(message = "{login.password.required}") @Size(max = 128) String password,
                              @Size(max = 40, message = "{login.code.failed}") String code) {
    }

    /** A token and how many seconds it lives. */
    public record TokenDto(String token, long expiresIn) {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiTokens tokens;

    @Inject
    LoginAttempts attempts;

    @Context
    HttpHeaders headers;

    @Inject
    SignInPolicy secondFactor;

    @Inject
    CodeAttempts codeAttempts;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchanges a username and password for a bearer token")
    public Response token(@NotNull(message = "{problem.bodyRequired}") @Valid Credentials body) {
        Duration wait = attempts.waitBeforeAttempt(body.username());
        CredentialValidationResult result = identityStores.validate(
                new ChannelCredential(body.username(), body.password(), "api"));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (!wait.isZero()) {
                return Response.fromResponse(Problems.response(429, "login.throttled.api", RequestLocale.of(headers)))
                        .header("Retry-After", Math.max(1, wait.toSeconds())).build();
            }
            return Problems.response(401, "login.failed", RequestLocale.of(headers));
        }
        HavenPrincipal principal = (HavenPrincipal) result.getCallerPrincipal();
        if (!secondFactor.passwordAllowed(principal)) {
            return Problems.response(401, "login.passwordDisabled", RequestLocale.of(headers));
        }
        SignInPolicy.Need need = secondFactor.need(principal);
        if (need == SignInPolicy.Need.ENROL) {
            return Problems.response(403, "login.code.enrolFirst", RequestLocale.of(headers));
        }
        if (need == SignInPolicy.Need.CODE) {
            Response refused = secondStep(principal, body.code());
            if (refused != null) {
                return refused;
            }
        }
        ApiTokens.Issued issued = tokens.issue(principal.accountId());
        return Response.ok(new TokenDto(issued.token(), issued.expiresIn())).build();
    }

    /** Null when the code passed; else the answer: 401 without or with a wrong code, 429 while throttled. */
    private Response secondStep(HavenPrincipal principal, String code) {
        java.util.Locale locale = RequestLocale.of(headers);
        if (code == null || code.isBlank()) {
            return Problems.response(401, "login.code.missing", locale, java.util.List.of(
                    new Problems.Violation("code", org.haven.platform.i18n.Messages.text(locale, "login.code.missing"))));
        }
        Duration wait = codeAttempts.waitBeforeAttempt(principal.accountId());
        if (!wait.isZero()) {
            return Response.fromResponse(Problems.response(429, "login.throttled.api", locale))
                    .header("Retry-After", Math.max(1, wait.toSeconds())).build();
        }
        CredentialValidationResult second = identityStores.validate(
                new SecondFactorCredential(principal.accountId(), principal.username(), code, "api"));
        if (second.getStatus() != CredentialValidationResult.Status.VALID) {
            return Problems.response(401, "login.code.failed", locale);
        }
        return null;
    }

    @DELETE
    @PermitAll
    @Operation(summary = "Revokes the bearer token of the request")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
