package com.studyhall.web;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerThreadsTests {

    @Test
    void tomcatGetsFourRequestThreadsPerProcessor() {
        Connector connector = customized(new MockEnvironment(), 2);

        AbstractProtocol<?> protocol = (AbstractProtocol<?>) connector.getProtocolHandler();
        assertThat(protocol.getMaxThreads()).isEqualTo(8);
        assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(8);
    }

    @Test
    void anExplicitThreadSettingIsLeftAlone() {
        var environment = new MockEnvironment().withProperty(WorkerThreads.PROPERTY, "50");

        Connector connector = customized(environment, 2);

        assertThat(((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads()).isEqualTo(200);
    }

    private static Connector customized(MockEnvironment environment, int processors) {
        var factory = new TomcatServletWebServerFactory();
        new WorkerThreads(environment, processors).customize(factory);
        var connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
        return connector;
    }
}
