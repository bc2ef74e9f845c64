package org.haven.signin.web;

import org.haven.signin.TestStaff;
import org.haven.testing.BrowserJourney;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 21: a staff member sets up a second factor from the QR page, then signs in with a code. */
@OnSharedServer
class SecondFactorJourneyIT extends BrowserJourney {

    @Test
    void staffEnrolsWithTheQrPageThenSignsInWithACode() {
        String username = TestStaff.newReferent("tfa-web");
        passwordStep(username);
        wait.until(ExpectedConditions.urlContains("index.xhtml"));

        open("account/second-factor.xhtml");
        click("start:startSubmit");
        String secret = waits.text(By.id("totp-secret"));
        assertEquals(1, browser.findElements(By.cssSelector("#qr svg path")).size(), "the QR code is drawn inline");
        assertAccessible("second-factor set-up page");
        waits.type(By.id("enrol:code"), TestStaff.wrongCode(secret));
        click("enrol:confirm");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='enrol:code'][aria-invalid='true'], .ui-message-error")));
        waits.type(By.id("enrol:code"), TestStaff.codeAt(secret, 0));
        click("enrol:confirm");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recovery-codes li"), 10));
        assertTrue(browser.findElements(By.id("status-active")).size() == 1);

        passwordStep(username);
        wait.until(ExpectedConditions.urlContains("login-code.xhtml"));
        assertAccessible("sign-in code page");
        open("staff/cases.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertFalse(browser.getCurrentUrl().contains("cases"), "no page opens before the code");

        passwordStep(username);
        wait.until(ExpectedConditions.urlContains("login-code.xhtml"));
        waits.type(By.id("second:code"), TestStaff.codeAt(secret, 1));
        click("second:submit");
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    private void passwordStep(String username) {
        browser.manage().deleteAllCookies();
        open("login.xhtml");
        waits.type(By.id("login:username"), username);
        waits.type(By.id("login:password"), PASSWORD);
        click("login:submit");
    }
}
