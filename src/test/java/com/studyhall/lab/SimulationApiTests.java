package com.studyhall.lab;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/simulations, journey by journey, through the whole application. */
@StudyhallIntegrationTest
class SimulationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    MockHttpSession learner;

    @BeforeEach
    void logIn() throws Exception {
        learner = DemoUsers.LEARNER.logIn(mvc);
    }

    ResultActions run(String code) throws Exception {
        return send(LabJson.code(code));
    }

    ResultActions send(String body) throws Exception {
        return mvc.perform(post("/api/simulations").session(learner).with(csrf().asHeader())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Nested
    class Results {

        @Test
        void returnsStdoutTraceAndStatsOfAFinishedProgram() throws Exception {
            run("items = [1, 2, 3]\nprint(len(items))\n")
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.stdout").value("3\n"))
                    .andExpect(jsonPath("$.error").value(nullValue()))
                    .andExpect(jsonPath("$.steps.length()", greaterThan(0)))
                    .andExpect(jsonPath("$.steps[0].line").isNumber())
                    .andExpect(jsonPath("$.steps[0].kind").isString())
                    .andExpect(jsonPath("$.stats.steps", greaterThan(0)))
                    .andExpect(jsonPath("$.stats.objectsAllocated").isNumber())
                    .andExpect(jsonPath("$.stats.elapsedMicros").isNumber())
                    .andExpect(jsonPath("$.traceTruncated").value(false));
        }

        @Test
        void reportsAPythonExceptionAsANormalResultWithWhatRanBefore() throws Exception {
            run("print('before')\nprint(missing)\n")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.stdout").value("before\n"))
                    .andExpect(jsonPath("$.error.type").value("NameError"))
                    .andExpect(jsonPath("$.error.message").value("name 'missing' is not defined"))
                    .andExpect(jsonPath("$.error.line").value(2));
        }

        @Test
        void returnsWhatTheProgramWroteToStderrApartFromStdoutAndFromTheTraceback() throws Exception {
            run("import sys\nprint('out')\nprint('warning:', 1, file=sys.stderr)\nn = sys.stderr.write('x\\n')\n"
                    + "print(n)\nraise ValueError('bad')\n")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.stdout").value("out\n2\n"))
                    .andExpect(jsonPath("$.stderr").value("warning: 1\nx\n"))
                    .andExpect(jsonPath("$.error.type").value("ValueError"))
                    .andExpect(jsonPath("$.error.traceback", containsString("File \"main.py\", line 6, in <module>")))
                    .andExpect(jsonPath("$.steps[?(@.line == 3)].stderr").value("warning: 1\n"));
            run("print(1)\n")
                    .andExpect(jsonPath("$.stderr").value(""));
        }

        @Test
        void feedsStdinToInputLineByLineAndRaisesEOFErrorPastItsEnd() throws Exception {
            send(LabJson.of(java.util.Map.of("code", "name = input('Name? ')\nprint('hi', name)\nprint(input())\n",
                    "stdin", "Ada\nBob\n")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.stdout").value("Name? hi Ada\nBob\n"))
                    .andExpect(jsonPath("$.error").value(nullValue()));
            run("print(input('> '))\n")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.stdout").value("> "))
                    .andExpect(jsonPath("$.error.type").value("EOFError"))
                    .andExpect(jsonPath("$.error.message").value("EOF when reading a line"));
        }

        @Test
        void refusesStdinOverTwentyThousandCharactersWith413() throws Exception {
            send(LabJson.of(java.util.Map.of("code", "print(input())\n", "stdin", "x".repeat(20_001))))
                    .andExpect(status().isContentTooLarge())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("20000")));
        }

        @Test
        void stopsAnEndlessProgramAtALimitWithinBoundedTime() throws Exception {
            long start = System.nanoTime();
            var result = run("n = 0\nwhile True:\n    n += 1\n").andReturn();
            // The engine's 2 s time limit and 2 s grace, then writing 10,000 steps of trace: about
            // 3 s on a quiet machine; the bound leaves room for a CI machine shared by several builds.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            String json = result.getResponse().getContentAsString();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(JsonPath.<String>read(json, "$.error.type")).isIn("StepLimitExceeded", "TimeLimitExceeded");
            assertThat(JsonPath.<String>read(json, "$.error.message")).isNotBlank();
            assertThat(JsonPath.<Integer>read(json, "$.steps.length()")).isLessThanOrEqualTo(SimulationResponse.MAX_TRACE_STEPS);
        }

        @Test
        void stopsAProgramThatPrintsTooMuchAndKeepsWhatItPrinted() throws Exception {
            run("while True:\n    print('x' * 1000)\n")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.error.type").value("OutputLimitExceeded"))
                    .andExpect(jsonPath("$.stdout", containsString("xxxx")));
        }

        @Test
        void timesEveryRunByOutcome() throws Exception {
            run("print(1)\n").andExpect(status().isOk());
            assertThat(meters.find(com.studyhall.observability.SimulationTimings.NAME).tag("outcome", "ok").timer()).isNotNull()
                    .satisfies(timer -> assertThat(timer.count()).isPositive());
        }
    }

    @Nested
    class Refusals {

        @Test
        void answersASyntaxErrorWithItsLineAndColumn() throws Exception {
            run("x = 1\nif x\n    print(x)\n")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.line").value(2))
                    .andExpect(jsonPath("$.column").isNumber())
                    .andExpect(jsonPath("$.detail").isString())
                    .andExpect(jsonPath("$.diagnostics[0].line").value(2));
        }

        @Test
        void refusesAnUnsupportedConstructBeforeRunningIt() throws Exception {
            run("print('not printed')\nclass C(metaclass=print): pass\n")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.line").value(2))
                    .andExpect(jsonPath("$.column").isNumber())
                    .andExpect(jsonPath("$.detail", containsString("metaclass=")));
        }

        @Test
        void refusesSourceOverTwentyThousandCharactersWith413() throws Exception {
            run("#" + "x".repeat(20_000) + "\n")
                    .andExpect(status().isContentTooLarge())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("20000")));
        }

        @Test
        void refusesAHugeBodyWith413BeforeReadingIt() throws Exception {
            run("#" + "x".repeat(200_000))
                    .andExpect(status().isContentTooLarge())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void answersMalformedJsonWithAProblem() throws Exception {
            send("{\"code\": ")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isString());
        }

        @Test
        void answersAMissingCodeWithAProblem() throws Exception {
            send("{}")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("code is required"));
        }
    }

    @Nested
    class Access {

        @Test
        void anonymousVisitorsGet401() throws Exception {
            mvc.perform(post("/api/simulations").with(csrf().asHeader())
                            .contentType(MediaType.APPLICATION_JSON).content(LabJson.code("print(1)")))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void learnersEnrolledNowhereGet403Problem() throws Exception {
            mvc.perform(post("/api/simulations").session(DemoUsers.NEWBIE.logIn(mvc)).with(csrf().asHeader())
                            .contentType(MediaType.APPLICATION_JSON).content(LabJson.code("print(1)")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void aRequestWithoutTheCsrfHeaderGets403() throws Exception {
            mvc.perform(post("/api/simulations").session(learner)
                            .contentType(MediaType.APPLICATION_JSON).content(LabJson.code("print(1)")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void instructorsAndAdminsMayRunPrograms() throws Exception {
            for (var user : new DemoUsers[]{DemoUsers.INSTRUCTOR, DemoUsers.ADMIN}) {
                mvc.perform(post("/api/simulations").session(user.logIn(mvc)).with(csrf().asHeader())
                                .contentType(MediaType.APPLICATION_JSON).content(LabJson.code("print(1)")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.stdout").value("1\n"));
            }
        }
    }
}
