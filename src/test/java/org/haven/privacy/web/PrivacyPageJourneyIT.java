package org.haven.privacy.web;

import org.haven.testing.BrowserJourney;
import org.haven.testing.OnSharedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 21: the district admin's privacy page: the retention dry run, and bad input refused on its field. */
@OnSharedServer
class PrivacyPageJourneyIT extends BrowserJourney {

    @Test
    void theAdminReadsTheDryRunAndBadInputIsRefusedOnItsField() {
        signIn("admin");
        open("admin/privacy.xhtml");

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#retention tbody tr"), 8));
        assertEquals("1095", waits.text(By.cssSelector("#retention tr[data-class='CLOSED_CASES'] td")));
        assertAccessible("privacy page");

        waits.type(By.id("hold:caseNumber"), "NO-SUCH-CASE");
        waits.type(By.id("hold:reason"), "Enquête");
        click("hold:set");
        wait.until(ExpectedConditions.attributeToBe(By.id("hold:caseNumber"), "aria-invalid", "true"));
        assertTrue(waits.text(By.id("caseNumber-error")).length() > 0);

        waits.type(By.id("request:subject"), "nobody-at-all-here");
        click("request:erase");
        wait.until(ExpectedConditions.attributeToBe(By.id("request:subject"), "aria-invalid", "true"));
        assertTrue(waits.text(By.id("subject-error")).length() > 0);
    }
}
