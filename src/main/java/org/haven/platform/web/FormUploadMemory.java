package org.haven.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the memory that file forms of Faces pages hold (the report wizard, the follow page, the admin's
 * imports). web.xml keeps every part of such a request in memory, never in a temporary file in clear, up to
 * {@value #MAX_REQUEST_BYTES} bytes a request; reading a part copies it once more. Before the container reads
 * the body, a multipart request takes twice its length from a budget of {@code haven.uploads.memory-mb}
 * (default 256) MiB, waits up to {@value #WAIT_SECONDS} s when the budget is spent, and otherwise is answered 503
 * with Retry-After: so that many large reports at once slow each other down instead of exhausting the heap.
 */
@WebFilter(servletNames = "Faces Servlet")
public class FormUploadMemory extends HttpFilter {

    /** The Faces servlet's max-request-size in web.xml: 10 files of 10 MiB and 1 MiB for the rest of the form. */
    static final long MAX_REQUEST_BYTES = 105_906_176L;
    static final int WAIT_SECONDS = 30;

    @Inject
    @ConfigProperty(name = "haven.uploads.memory-mb", defaultValue = "256")
    int budgetMegabytes;

    private Semaphore budget;
    private int budgetKib;

    @Override
    public void init() {
        budgetKib = Math.max(1, budgetMegabytes) * 1024;
        budget = new Semaphore(budgetKib, true);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            chain.doFilter(request, response);
            return;
        }
        int permits = kibHeld(request.getContentLengthLong(), budgetKib);
        boolean acquired;
        try {
            acquired = budget.tryAcquire(permits, WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            response.setHeader("Retry-After", Integer.toString(WAIT_SECONDS));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            budget.release(permits);
        }
    }

    /**
     * KiB a request of this length may hold: twice its length (the container's buffer and the copy a part's
     * stream gives), the request maximum when the length is not declared, never more than the whole budget.
     */
    static int kibHeld(long contentLength, int budgetKib) {
        long bytes = contentLength < 0 || contentLength > MAX_REQUEST_BYTES ? MAX_REQUEST_BYTES : contentLength;
        long kib = 2 * ((bytes + 1023) / 1024);
        return (int) Math.max(1, Math.min(kib, budgetKib));
    }
}
