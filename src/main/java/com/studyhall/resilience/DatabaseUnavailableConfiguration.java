package com.studyhall.resilience;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

    /** Ahead of Spring Session (order MIN_VALUE + 50) and of every other filter that might read the database. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseWatch database,
                                                                                MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(
                new DatabaseUnavailableFilter(database, new UnavailableResponse(), meters));
        registration.setOrder(ORDER);
        return registration;
    }
}
