package org.haven.evidence.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceFileServletTest {

    @Test
    void aDownloadIsNamedAfterItsDetectedType() {
        assertEquals("evidence.jpg", EvidenceFileServlet.safeName("evidence.html", "image/jpeg"));
        assertEquals("notes.txt", EvidenceFileServlet.safeName("notes.txt.exe", "text/plain"));
        assertEquals("capture.png", EvidenceFileServlet.safeName("capture", "image/png"));
    }
}
