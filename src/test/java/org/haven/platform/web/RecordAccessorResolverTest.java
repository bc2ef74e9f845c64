package org.haven.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordAccessorResolverTest {

    public record Shown(String number, int count) {
        public Shown {
            if (count < 0) {
                throw new IllegalArgumentException("negative");
            }
        }

        public String label() {
            return number + "/" + count;
        }
    }

    public record Failing(String number) {
        @Override
        public String number() {
            throw new IllegalStateException("broken accessor");
        }
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }

    private final RecordAccessorResolver resolver = new RecordAccessorResolver();

    @Test
    void callsARecordComponentsAccessor() {
        Context context = new Context();
        assertEquals("2026-0001", resolver.invoke(context, new Shown("2026-0001", 3), "number", null, null));
        assertTrue(context.isPropertyResolved());
        Context again = new Context();
        assertEquals(3, resolver.invoke(again, new Shown("x", 3), "count", new Class<?>[0], new Object[0]));
        assertTrue(again.isPropertyResolved());
    }

    @Test
    void leavesEverythingElseToTheNextResolver() {
        Context other = new Context();
        assertNull(resolver.invoke(other, new Shown("x", 1), "label", null, null), "not a component");
        assertNull(resolver.invoke(other, new Shown("x", 1), "number", new Class<?>[] {int.class}, new Object[] {1}));
        assertNull(resolver.invoke(other, "not a record", "length", null, null));
        assertNull(resolver.invoke(other, null, "number", null, null));
        assertNull(resolver.getValue(other, new Shown("x", 1), "number"), "property syntax is not handled here");
        assertFalse(other.isPropertyResolved());
    }

    @Test
    void anAccessorsFailureIsTheAccessorsOwn() {
        assertThrows(IllegalStateException.class,
                () -> resolver.invoke(new Context(), new Failing("x"), "number", null, null));
    }
}
