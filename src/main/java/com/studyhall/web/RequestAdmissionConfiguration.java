package com.studyhall.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.thread.Threading;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link RequestAdmission} first in the chain, only when requests run on virtual threads. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnThreading(Threading.VIRTUAL)
class RequestAdmissionConfiguration {

    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmission() {
        int permits = WorkerThreads.PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
        var registration = new FilterRegistrationBean<>(new RequestAdmission(permits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
