package com.studyhall.web;

import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tomcat's request threads on Java 17: four per processor instead of Tomcat's 200.
 * <p>
 * Studyhall's pages are CPU-bound (rendering) with short database waits, so a few threads per core
 * keep every core busy, and requests past them wait in Tomcat's queue in arrival order. With 200
 * threads on two cores, the operating system time-slices dozens of half-done pages, which made the
 * catalog's 99th percentile four times longer at 64 connections (docs/benchmarks.md).
 * {@code server.tomcat.threads.max} still wins when set. On Java 21 and newer each request runs on
 * a virtual thread and this pool is not used.
 */
@Component
class WorkerThreads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String PROPERTY = "server.tomcat.threads.max";
    static final int PER_PROCESSOR = 4;

    private final Environment environment;
    private final int processors;

    @Autowired
    WorkerThreads(Environment environment) {
        this(environment, Runtime.getRuntime().availableProcessors());
    }

    WorkerThreads(Environment environment, int processors) {
        this.environment = environment;
        this.processors = processors;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        int threads = PER_PROCESSOR * processors;
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMinSpareThreads(Math.min(threads, protocol.getMinSpareThreads()));
                protocol.setMaxThreads(threads);
            }
        });
    }

    /** After Spring Boot's own Tomcat settings, which would otherwise put back the default of 200. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
