package org.haven.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaleFormFilterTest {

    @Test
    void anExpiredOrForeignViewAndAPostWithoutTheNonceAreStaleForms() {
        assertTrue(StaleFormFilter.isStaleForm(new ServletException(new ViewExpiredException("gone", "/login.xhtml"))));
        assertTrue(StaleFormFilter.isStaleForm(new FacesException(new CspException("CSP nonce mismatch"))));
    }

    @Test
    void otherFailuresStayServerErrors() {
        assertFalse(StaleFormFilter.isStaleForm(new ServletException(new IllegalStateException("database down"))));
        assertFalse(StaleFormFilter.isStaleForm(new RuntimeException()));
    }
}
