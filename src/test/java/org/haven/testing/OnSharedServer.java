package org.haven.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a black-box test class (HTTP and browser only, nothing inside the container, nothing that needs a server
 * of its own) that takes its server from {@link SharedServer#url()}. Failsafe runs the marked classes in their
 * own execution, apart from the Arquillian ones (pom.xml, by this tag).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SharedServer.TAG)
public @interface OnSharedServer {
}
