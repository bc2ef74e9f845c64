package org.haven.evidence.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page an evidence upload returns to is one of Haven's staff pages, never an address given from outside. */
class UploadReturnAddressTest {

    @Test
    void aStaffPageWithItsIdAndSectionIsAccepted() {
        assertTrue(PanelUpload.RETURN.matcher("/staff/case.xhtml?id=12").matches());
        assertTrue(PanelUpload.RETURN.matcher("/staff/case.xhtml?id=12&section=evidence").matches());
        assertTrue(PanelUpload.RETURN.matcher("/staff/report.xhtml?id=7").matches());
    }

    @Test
    void anythingElseIsRefused() {
        for (String other : new String[] {"https://evil.example/", "//evil.example/x", "/staff/case.xhtml?id=1&x=//e",
                "/staff/case.xhtml?id=12&section=EVIDENCE", "/staff/case.xhtml?id=12&section=a#b",
                "/admin/accounts.xhtml?id=1", "/staff/case.xhtml?id=12&section=evidence&next=/x"}) {
            assertFalse(PanelUpload.RETURN.matcher(other).matches(), other);
        }
    }
}
