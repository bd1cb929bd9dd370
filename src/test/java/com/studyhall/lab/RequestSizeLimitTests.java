package com.studyhall.lab;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The body cap of the lab's API, with and without a declared length. */
class RequestSizeLimitTests {

    final RequestSizeLimit filter = new RequestSizeLimit();

    @Test
    void refusesADeclaredLengthOverTheCapWithoutReadingIt() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/simulations");
        request.setContent(new byte[RequestSizeLimit.MAX_BODY_BYTES + 1]);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("the body must not reach the application");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":413");
    }

    @Test
    void stopsAChunkedBodyAsSoonAsItPassesTheCap() {
        var request = new MockHttpServletRequest("POST", "/api/scenarios") {
            @Override
            public long getContentLengthLong() {
                return -1; // chunked: no declared length
            }
        };
        request.setContent(new byte[RequestSizeLimit.MAX_BODY_BYTES + 10]);
        FilterChain readsEverything = (req, res) -> req.getInputStream().readAllBytes();
        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), readsEverything))
                .isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void letsOtherRoutesAndSmallBodiesThrough() throws Exception {
        var small = new MockHttpServletRequest("POST", "/api/simulations");
        small.setContent("{\"code\":\"print(1)\"}".getBytes());
        var elsewhere = new MockHttpServletRequest("POST", "/studio/import");
        elsewhere.setContent(new byte[RequestSizeLimit.MAX_BODY_BYTES * 2]);
        for (var request : new MockHttpServletRequest[]{small, elsewhere}) {
            boolean[] reached = {false};
            filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                req.getInputStream().readAllBytes();
                reached[0] = true;
            });
            assertThat(reached[0]).isTrue();
        }
    }
}
