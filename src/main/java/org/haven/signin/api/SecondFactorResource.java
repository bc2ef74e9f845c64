package org.haven.signin.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.audit.application.CurrentActor;
import org.haven.platform.api.HavenApi;
import org.haven.platform.api.Problems;
import org.haven.platform.api.RequestLocale;
import org.haven.platform.i18n.Messages;
import org.haven.platform.security.HavenPrincipal;
import org.haven.platform.security.Role;
import org.haven.signin.application.CodeAttempts;
import org.haven.signin.application.SecondFactor;
import org.haven.signin.application.SecondFactorEnrolment;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in staff account's second factor over the API: its state, a new secret (the otpauth link an app
 * reads), the confirmation that returns the recovery codes once, and removal with a code. Wrong codes are
 * throttled per account, as at sign-in.
 */
@Path("/v1/me/second-factor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
@SecurityRequirement(name = HavenApi.BEARER)
@RolesAllowed({Role.Names.TEACHER, Role.Names.STAFF, Role.Names.REFERENT, Role.Names.HEAD_OF_SCHOOL,
        Role.Names.DISTRICT_LEAD, Role.Names.DISTRICT_ADMIN})
public class SecondFactorResource {

    /** Whether the account has a second factor, whether its district requires one, recovery codes left. */
    public record StateDto(boolean enrolled, boolean required, long recoveryCodesLeft) {
    }

    /** A new secret: the base32 key to type by hand and the otpauth link (what the QR code holds). */
    public record SecretDto(String secret, String otpauthUri) {
    }

    /** A code of the authenticator app (or, for removal, a recovery code). */
    public record CodeBody(@NotBlank(message = "{login.code.required}") @Size(max = 40, message = "{login.code.failed}")
                           String code) {
    }

    /** The recovery codes, shown this once. */
    public record RecoveryCodesDto(List<String> recoveryCodes) {
    }

    @Inject
    SecondFactor secondFactor;

    @Inject
    SecondFactorEnrolment enrolment;

    @Inject
    CodeAttempts attempts;

    @Inject
    CurrentActor actor;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The account's second factor: enrolled, required, recovery codes left")
    public StateDto state() {
        HavenPrincipal p = actor.require();
        return new StateDto(secondFactor.isEnrolled(p.accountId()), secondFactor.requiredFor(p),
                secondFactor.recoveryCodesLeft(p.accountId()));
    }

    @POST
    @Operation(summary = "Starts an enrolment: a new secret, to be confirmed with a first code (409 when one is set up)")
    public Response start() {
        try {
            SecondFactorEnrolment.Started s = enrolment.start(actor.require());
            return Response.ok(new SecretDto(s.secret(), s.uri())).build();
        } catch (SecondFactorEnrolment.AlreadyEnrolledException e) {
            return Problems.response(409, "secondFactor.alreadyEnrolled", RequestLocale.of(headers));
        }
    }

    @POST
    @Path("/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirms the enrolment with a first code; returns the recovery codes, shown once")
    public Response confirm(@NotNull(message = "{problem.bodyRequired}") @Valid CodeBody body) {
        HavenPrincipal p = actor.require();
        Response throttled = throttled(p);
        if (throttled != null) {
            return throttled;
        }
        Optional<List<String>> codes = enrolment.confirm(p, body.code());
        if (codes.isEmpty()) {
            attempts.recordFailure(p.accountId());
            return wrongCode();
        }
        attempts.recordSuccess(p.accountId());
        return Response.ok(new RecoveryCodesDto(codes.get())).build();
    }

    @POST
    @Path("/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Removes the second factor, proven with a code")
    public Response remove(@NotNull(message = "{problem.bodyRequired}") @Valid CodeBody body) {
        HavenPrincipal p = actor.require();
        Response throttled = throttled(p);
        if (throttled != null) {
            return throttled;
        }
        if (!enrolment.remove(p, body.code())) {
            attempts.recordFailure(p.accountId());
            return wrongCode();
        }
        attempts.recordSuccess(p.accountId());
        return Response.noContent().build();
    }

    private Response throttled(HavenPrincipal p) {
        Duration wait = attempts.waitBeforeAttempt(p.accountId());
        if (wait.isZero()) {
            return null;
        }
        return Response.fromResponse(Problems.response(429, "login.throttled.api", RequestLocale.of(headers)))
                .header("Retry-After", Math.max(1, wait.toSeconds())).build();
    }

    private Response wrongCode() {
        Locale locale = RequestLocale.of(headers);
        return Problems.response(400, "login.code.failed", locale,
                List.of(new Problems.Violation("code", Messages.text(locale, "login.code.failed"))));
    }
}
