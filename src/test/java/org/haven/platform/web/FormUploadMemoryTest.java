package org.haven.platform.web;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormUploadMemoryTest {

    private static final int BUDGET_KIB = 256 * 1024;

    @Test
    void aRequestHoldsTwiceItsLengthAndAnUndeclaredOneTheMaximum() {
        assertEquals(2 * 3072, FormUploadMemory.kibHeld(3L * 1024 * 1024, BUDGET_KIB));
        assertEquals(2, FormUploadMemory.kibHeld(10, BUDGET_KIB), "rounded up to a KiB");
        long max = FormUploadMemory.MAX_REQUEST_BYTES;
        assertEquals(2 * (int) (max / 1024), FormUploadMemory.kibHeld(-1, BUDGET_KIB), "chunked: the maximum");
        assertEquals(2 * (int) (max / 1024), FormUploadMemory.kibHeld(max * 5, BUDGET_KIB),
                "the container refuses more anyway");
        assertEquals(100 * 1024, FormUploadMemory.kibHeld(max, 100 * 1024), "never more than the whole budget");
        assertEquals(1, FormUploadMemory.kibHeld(0, BUDGET_KIB));
    }

    /**
     * The Faces servlet's multipart configuration keeps every part in memory: the container writes a part to its
     * temporary folder only past file-size-threshold, which no part of an accepted request can reach.
     */
    @Test
    void webXmlKeepsEveryPartOfAFacesFormInMemory() throws Exception {
        Element config = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File("src/main/webapp/WEB-INF/web.xml")).getElementsByTagName("multipart-config").item(0);
        long maxRequest = Long.parseLong(text(config, "max-request-size"));
        long threshold = Long.parseLong(text(config, "file-size-threshold"));
        assertEquals(FormUploadMemory.MAX_REQUEST_BYTES, maxRequest, "the filter's bound matches the container's");
        assertTrue(threshold >= maxRequest, "threshold " + threshold + " under the request maximum " + maxRequest);
        assertTrue(maxRequest >= 10L * 10 * 1024 * 1024, "a report's 10 files of 10 MiB fit");
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
