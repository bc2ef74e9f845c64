package org.haven.cases.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The report number staff type to attach a report: as the dossier writes it, or its bare id. */
class CaseLinksBeanTest {

    @ParameterizedTest
    @ValueSource(strings = {"R-42", "r-42", "R42", " 42 ", "42"})
    void aReportNumberIsReadWithOrWithoutItsPrefix(String typed) {
        assertEquals(42L, CaseLinksBean.parseNumber(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "R-", "2026-000001", "42; DROP", "R--42", "1234567890123456789"})
    void anythingElseIsNoReport(String typed) {
        assertNull(CaseLinksBean.parseNumber(typed));
    }
}
