package org.haven.surveys.web;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.Cookie;
import org.haven.surveys.application.SurveyViews;

import java.util.HashMap;
import java.util.Map;

/** The cookies of the /survey page: the device's mark that a class's questionnaire was answered on it. */
final class SurveyCookies {

    private SurveyCookies() {
    }

    static void mark(ExternalContext external, SurveyViews.DeviceMark mark) {
        Map<String, Object> props = new HashMap<>();
        props.put("maxAge", (int) Math.min(Integer.MAX_VALUE, mark.maxAgeSeconds()));
        props.put("path", "/");
        props.put("httpOnly", Boolean.TRUE);
        props.put("SameSite", "Strict");
        external.addResponseCookie(mark.name(), mark.value(), props);
    }

    /** The request's cookies by name. */
    static Map<String, String> of(ExternalContext external) {
        Map<String, String> out = new HashMap<>();
        external.getRequestCookieMap().forEach((name, c) -> {
            if (c instanceof Cookie cookie) {
                out.put(name, cookie.getValue());
            }
        });
        return out;
    }
}
