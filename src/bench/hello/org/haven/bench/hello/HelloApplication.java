package org.haven.bench.hello;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The baseline of deploy/load-benchmark.sh: a bare Payara Micro with one JAX-RS resource, never part of
 * haven.war. Haven's figures are read as a share of what the same server and JVM do with no application work.
 */
@ApplicationPath("/")
public class HelloApplication extends Application {
}
