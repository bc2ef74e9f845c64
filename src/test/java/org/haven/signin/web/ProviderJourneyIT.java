package org.haven.signin.web;

import org.haven.signin.DistrictProvider;
import org.haven.testing.BrowserJourney;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 21: the login page's district button, through the real provider and back, and a logout that ends both. */
@OnSharedServer
class ProviderJourneyIT extends BrowserJourney {

    @Test
    void theDistrictButtonSignsInAndLogoutEndsTheProviderSessionToo() throws Exception {
        try (DistrictProvider provider = new DistrictProvider()) {
            provider.nextSignIn("sub-head", Map.of("preferred_username", "head.college", "groups", java.util.List.of("haven-staff")));
            browser.manage().deleteAllCookies();
            open("login.xhtml");
            assertTrue(waits.text(By.id("sso-button")).contains("Test district"));
            assertAccessible("login page with the district's button");

            click("sso-button");
            wait.until(ExpectedConditions.urlContains("index.xhtml"));

            click("user:logout");
            wait.until(ExpectedConditions.urlContains("signedOut=true"));
            boolean endSession = false;
            for (int i = 0; i < 10 && !endSession; i++) {
                var request = provider.server().takeRequest(5, TimeUnit.SECONDS);
                assertNotNull(request, "the provider heard of the logout");
                endSession = request.getPath().contains("endsession") && request.getPath().contains("id_token_hint");
            }
            assertTrue(endSession, "the provider's end-session endpoint was called with the ID token");
            open("staff/cases.xhtml");
            wait.until(ExpectedConditions.urlContains("login.xhtml"));
        }
    }
}
