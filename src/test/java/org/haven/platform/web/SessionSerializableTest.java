package org.haven.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import org.haven.platform.security.HavenPrincipal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything a web session holds must travel to another instance of the cluster (issue 17, {@code <distributable/>}):
 * the session- and view-scoped beans and what their fields hold, and the session's principal. Scans the compiled
 * classes, so that a bean added later is checked too; fails on a field whose declared type (or element type) is
 * not Serializable, and looks inside the application's own types that such a field holds (a table model, a view
 * record). Injected normal-scoped beans are client proxies, which the container serializes by reference; an injected
 * {@link Clock} is {@code Clock.systemUTC()} (ClockProducer), which is Serializable (checked below). Message
 * arguments ({@code Object...} of RosterError: numbers and strings) are the one declared exception.
 */
class SessionSerializableTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final List<Class<?>> ALL = new ArrayList<>();

    @Test
    void sessionAndViewScopedBeansHoldOnlySerializableState() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.size() >= 20, "found only " + beans.size() + " session/view beans under " + CLASSES);
        beans.add(HavenPrincipal.class);
        assertTrue(Clock.systemUTC() instanceof Serializable, "the produced clock travels with a session");
        List<String> problems = new ArrayList<>();
        Deque<Class<?>> toCheck = new ArrayDeque<>(beans);
        Set<Class<?>> seen = new HashSet<>();
        while (!toCheck.isEmpty()) {
            Class<?> bean = toCheck.pop();
            if (!seen.add(bean) || bean.isEnum()) {
                continue;
            }
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            // Framework superclasses (PrimeFaces' LazyDataModel) are their makers' business: only Haven's fields are read.
            for (Class<?> c = bean; c != null && c.getName().startsWith("org.haven."); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                            || f.isSynthetic() || ALLOWED.contains(c.getSimpleName() + "." + f.getName())) {
                        continue;
                    }
                    boolean injected = isInjectedProxy(f);
                    if (!serializable(f.getGenericType(), injected)) {
                        problems.add(c.getSimpleName() + "." + f.getName() + " : " + f.getGenericType().getTypeName());
                    } else if (!injected) {
                        applicationTypes(f.getGenericType(), toCheck);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "state a session cannot carry to another instance:\n  "
                + String.join("\n  ", problems));
    }

    /** Fields whose declared type says too little; each is explained in the class comment. */
    private static final Set<String> ALLOWED = Set.of("RosterError.args");

    private static void applicationTypes(Type type, Deque<Class<?>> into) {
        if (type instanceof Class<?> c) {
            Class<?> element = c.isArray() ? c.getComponentType() : c;
            if (element.getName().startsWith("org.haven.")) {
                into.push(element);
            }
        } else if (type instanceof ParameterizedType p) {
            applicationTypes(p.getRawType(), into);
            for (Type a : p.getActualTypeArguments()) {
                applicationTypes(a, into);
            }
        }
    }

    private static boolean isInjectedProxy(Field f) {
        if (!f.isAnnotationPresent(jakarta.inject.Inject.class)) {
            return false;
        }
        Class<?> type = f.getType();
        if (type.isInterface() && type.getName().startsWith("org.haven.")) {
            return implementations(type).stream().allMatch(SessionSerializableTest::normalScoped)
                    && !implementations(type).isEmpty();
        }
        return normalScoped(type);
    }

    /** An interface the platform owns and a feature implements (issue 16) is injected as its implementation's proxy. */
    private static List<Class<?>> implementations(Class<?> type) {
        return ALL.stream().filter(c -> !c.isInterface() && type.isAssignableFrom(c)).toList();
    }

    private static boolean normalScoped(Class<?> type) {
        return type == Clock.class || type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class)
                || type.getName().startsWith("jakarta.enterprise.inject.Instance")
                || type.getName().startsWith("jakarta.enterprise.event.Event");
    }

    private static boolean serializable(Type type, boolean proxy) {
        if (proxy) {
            return true;
        }
        if (type instanceof Class<?> c) {
            return c.isPrimitive() || Serializable.class.isAssignableFrom(c)
                    || (c.isArray() && serializable(c.getComponentType(), false));
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            if (raw == Optional.class) {
                return false;
            }
            if (!container && !Serializable.class.isAssignableFrom(raw)) {
                return false;
            }
            return Stream.of(p.getActualTypeArguments()).allMatch(a -> serializable(a, false));
        }
        if (type instanceof GenericArrayType g) {
            return serializable(g.getGenericComponentType(), false);
        }
        if (type instanceof WildcardType w) {
            return Stream.of(w.getUpperBounds()).allMatch(b -> b == Object.class || serializable(b, false));
        }
        if (type instanceof TypeVariable<?> v) {
            return Stream.of(v.getBounds()).allMatch(b -> b == Object.class || serializable(b, false));
        }
        return false;
    }

    private static List<Class<?>> sessionBeans() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CLASSES)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .toList();
        }
        ClassLoader loader = SessionSerializableTest.class.getClassLoader();
        for (Path file : files) {
            String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> c = Class.forName(name, false, loader);
            ALL.add(c);
            if (c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)
                    || c.isAnnotationPresent(ConversationScoped.class)) {
                found.add(c);
            }
        }
        return found;
    }
}
