package org.haven.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls a record's accessors from Facelets ({@code #{c.number()}}) through a method handle found once per record
 * class. The standard resolver looks the method up by copying the class's whole method list on every call: with
 * the hundreds of such expressions a case page evaluates, that was the largest single item of its rendering time
 * (issue 15, docs/performance.md). Anything that is not a no-argument call to a record component is left to the
 * resolvers after this one, unchanged.
 */
public class RecordAccessorResolver extends ELResolver {

    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> found = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    found.put(component.getName(), lookup.unreflect(component.getAccessor()));
                } catch (IllegalAccessException notPublic) {
                    // A record that is not public (or not exported) is left to the standard resolver.
                }
            }
            return Map.copyOf(found);
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !base.getClass().isRecord() || !(method instanceof String name)
                || (params != null && params.length > 0)) {
            return null;
        }
        MethodHandle accessor = ACCESSORS.get(base.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, method);
            return value;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ELException(e);
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
