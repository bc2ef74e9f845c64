package org.haven.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URI;
import java.net.URL;

/** The application under test: the WAR that `mvn package` built, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive haven() {
        File war = new File(System.getProperty("haven.war", "target/haven.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "haven.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The application's base URL on loopback. Payara reports the machine's network address, and the Arquillian
     * adapter now and then injects the server's root instead of the application's: only the port is taken from
     * it, the context root is the WAR's name ({@code /haven}), as it always is for {@link #haven()}.
     */
    public static URI loopback(URL url) {
        return URI.create("http://127.0.0.1:" + url.getPort() + "/haven/");
    }
}
