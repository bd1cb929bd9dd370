package com.studyhall.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseBufferTests {

    @Test
    void aWholeSectionPageFitsTheResponseBuffer() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ResponseBuffer().doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());

        assertThat(response.getBufferSize()).isEqualTo(ResponseBuffer.BYTES).isGreaterThan(90 * 1024);
    }
}
