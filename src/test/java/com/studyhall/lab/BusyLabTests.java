package com.studyhall.lab;

import com.studyhall.DemoUsers;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.simulation.Stats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Three runs at once on a lab with one permit: one runs, two are refused with 429 and Retry-After.
 * Its own context (one permit, an engine that waits for the test), so it does not share the others'.
 */
@SpringBootTest(properties = "app.lab.max-concurrent-runs=1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BusyLabTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LabEngine engine;

    @Test
    void refusesRunsBeyondThePermitsWith429AndRetryAfter() throws Exception {
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        when(engine.maxSourceChars()).thenReturn(20_000);
        when(engine.run(anyString(), any(), anyBoolean())).thenAnswer(call -> {
            running.countDown();
            release.await(10, TimeUnit.SECONDS);
            return new SimulationResult("done\n", null, List.of(), List.of(), new Stats(1, 0, 0, 0, 1));
        });
        var session = DemoUsers.LEARNER.logIn(mvc);
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            Future<MockHttpServletResponse> first = clients.submit(() -> runAs(session));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<MockHttpServletResponse>> others = new ArrayList<>();
            for (int i = 0; i < 2; i++) others.add(clients.submit(() -> runAs(session)));
            for (var other : others) {
                var refused = other.get(10, TimeUnit.SECONDS);
                assertThat(refused.getStatus()).isEqualTo(429);
                assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
                assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            }
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            assertThat(runAs(session).getStatus()).as("the permit came back").isEqualTo(200);
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }

    private MockHttpServletResponse runAs(org.springframework.mock.web.MockHttpSession session) throws Exception {
        return mvc.perform(post("/api/simulations").session(session).with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON).content(LabJson.code("print('done')")))
                .andReturn().getResponse();
    }
}
