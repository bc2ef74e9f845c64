package org.haven.training.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.training.application.TrainingCatalog;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The images of lessons (/staff/training/media/&lt;module&gt;/&lt;path&gt;): only files a loaded module's lessons
 * show, so no other path of the class path can be read.
 */
@WebServlet("/staff/training/media/*")
public class TrainingMediaServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "svg", "image/svg+xml", "webp", "image/webp", "gif", "image/gif");

    @Inject
    TrainingCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        Optional<byte[]> image = slash < 0 ? Optional.empty()
                : catalog.image(path.substring(0, slash), path.substring(slash + 1));
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setContentLength(image.get().length);
        response.getOutputStream().write(image.get());
    }
}
