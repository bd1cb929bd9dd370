package com.studyhall.security;

import com.studyhall.StudyhallIntegrationTest;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's filters run as they are, not each inside an observation: with observations
 * turned off by property alone, every request still started and stopped a no-op observation around
 * each of the chain's filters (a tenth of a catalog request's CPU, docs/benchmarks.md).
 */
@StudyhallIntegrationTest
class FilterChainObservationTests {

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter springSecurityFilterChain;

    @Test
    void theSecurityFiltersAreNotWrappedInObservations() {
        // Boot registers a composite around the chain built from our SecurityFilterChain bean.
        Object chain = ReflectionTestUtils.getField(springSecurityFilterChain, "springSecurityFilterChain");
        assertThat(chain).isInstanceOf(FilterChainProxy.class);
        Object decorator = ReflectionTestUtils.getField(chain, "filterChainDecorator");
        assertThat(decorator).isNotNull().isNotInstanceOf(ObservationFilterChainDecorator.class);
    }
}
