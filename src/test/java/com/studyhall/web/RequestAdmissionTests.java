package com.studyhall.web;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class RequestAdmissionTests {

    private final RequestAdmission admission = new RequestAdmission(1);

    @Test
    void aRequestPastThePermitsWaitsUntilOneIsDone() throws Exception {
        var firstInside = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);
        var secondRan = new AtomicBoolean();
        Thread first = started(() -> run("/", (request, response) -> {
            firstInside.countDown();
            await(releaseFirst);
        }));
        assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();

        Thread second = started(() -> run("/courses/x", (request, response) -> secondRan.set(true)));
        second.join(300);
        assertThat(secondRan).as("still waiting for the permit").isFalse();

        releaseFirst.countDown();
        second.join(5_000);
        first.join(5_000);
        assertThat(secondRan).isTrue();
        assertThat(admission.available()).isEqualTo(1);
    }

    @Test
    void recordingsUploadsAndStaticFilesAreNotCounted() throws Exception {
        var done = new AtomicBoolean();
        run("/", (request, response) -> {
            assertThat(admission.available()).isZero();
            Thread others = started(() -> {
                run("/courses/c/s/audio/7", (inner, innerResponse) -> { });
                run("/css/app.css", (inner, innerResponse) -> { });
                var upload = new MockHttpServletRequest("POST", "/studio/courses/c/sections/s/lessons/1/audio");
                upload.setContentType("multipart/form-data; boundary=x");
                filter(upload, (inner, innerResponse) -> { });
                done.set(true);
            });
            join(others);
        });
        assertThat(done).as("neither waited for the permit the page holds").isTrue();
        assertThat(admission.available()).isEqualTo(1);
    }

    @Test
    void itGuardsRequestsOnlyWhenTheyRunOnVirtualThreads() {
        var runner = new ApplicationContextRunner().withUserConfiguration(RequestAdmissionConfiguration.class);
        boolean virtualThreadsExist = Runtime.version().feature() >= 21;

        runner.withPropertyValues("spring.threads.virtual.enabled=true")
                .run(context -> assertThat(context.getBean(FilterRegistrationBean.class).isEnabled())
                        .isEqualTo(virtualThreadsExist));
        runner.withPropertyValues("spring.threads.virtual.enabled=false")
                .run(context -> assertThat(context.getBean(FilterRegistrationBean.class).isEnabled()).isFalse());
    }

    @Test
    void aFailingRequestGivesItsPermitBack() {
        try {
            run("/", (request, response) -> {
                throw new IllegalStateException("rendering failed");
            });
        } catch (IllegalStateException expected) {
            // the filter passes it on
        }
        assertThat(admission.available()).isEqualTo(1);
    }

    private void run(String path, FilterChain chain) {
        filter(new MockHttpServletRequest("GET", path), chain);
    }

    private void filter(MockHttpServletRequest request, FilterChain chain) {
        try {
            admission.doFilter(request, new MockHttpServletResponse(), chain);
        } catch (java.io.IOException | jakarta.servlet.ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void join(Thread thread) {
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
