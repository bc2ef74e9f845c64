package org.haven.signin.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginBeanTest {

    /** A request that only knows its context path. */
    private static HttpServletRequest requestIn(String contextPath) {
        return (HttpServletRequest) Proxy.newProxyInstance(LoginBeanTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> contextPath;
                    case "toString" -> "request in " + contextPath;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/haven/admin/schools.xhtml", "/haven/home.xhtml?tab=2", "/haven/"})
    void pathOfTheApplicationIsKept(String target) {
        assertEquals(target, LoginBean.safeTarget(requestIn("/haven"), target));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "/haven",
            "/havenx/home.xhtml",
            "/other/home.xhtml",
            "https://evil.example/haven/home.xhtml",
            "//evil.example/haven/",
            "haven/home.xhtml",
            "/haven/login.xhtml",
            "/haven/login.xhtml?next=/haven/admin",
            "/haven/\\evil.example",
            "/haven/admin\\..\\x",
    })
    void anythingElseGoesHome(String target) {
        assertEquals("/haven/home.xhtml", LoginBean.safeTarget(requestIn("/haven"), target));
    }

    @Test
    void rootContextKeepsLocalPaths() {
        assertEquals("/admin/accounts.xhtml", LoginBean.safeTarget(requestIn(""), "/admin/accounts.xhtml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/home.xhtml", "/\\evil.example", "\\\\evil.example",
            "https://evil.example/", "/login.xhtml"})
    void rootContextRefusesOtherSites(String target) {
        assertEquals("/home.xhtml", LoginBean.safeTarget(requestIn(""), target));
    }
}
