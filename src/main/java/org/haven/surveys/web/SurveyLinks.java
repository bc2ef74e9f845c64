package org.haven.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a class's pupils open: haven.public-url (HAVEN_PUBLIC_URL, the address pupils reach behind the
 * proxy) when set, else this request's own scheme, host and context, then /survey/?code=CODE.
 */
public final class SurveyLinks {

    private SurveyLinks() {
    }

    public static String of(HttpServletRequest req, String formattedCode) {
        String base = ConfigProvider.getConfig().getOptionalValue("haven.public-url", String.class)
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u)
                .orElseGet(() -> req.getScheme() + "://" + req.getServerName()
                        + (req.getServerPort() == 80 || req.getServerPort() == 443 ? "" : ":" + req.getServerPort())
                        + req.getContextPath());
        return base + "/survey/?code=" + formattedCode;
    }
}
