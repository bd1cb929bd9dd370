package com.studyhall.web;

import org.springframework.boot.thread.Threading;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Registers {@link RequestAdmission} first in the chain, switched on only when requests run on
 * virtual threads. The registration always exists and the threading is checked when it is made, not
 * in a condition: Spring AOT fixes the bean graph at build time.
 */
@Configuration(proxyBeanMethods = false)
class RequestAdmissionConfiguration {

    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmission(Environment environment) {
        int permits = WorkerThreads.PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
        var registration = new FilterRegistrationBean<>(new RequestAdmission(permits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(Threading.VIRTUAL.isActive(environment));
        return registration;
    }
}
