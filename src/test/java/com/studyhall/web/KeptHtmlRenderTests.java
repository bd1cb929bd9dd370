package com.studyhall.web;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.security.Navigation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A part rendered while a page renders (the layout's header, say) leaves the page's request as it
 * found it: Thymeleaf keeps a context's variables as request attributes, and a page whose Spring
 * request context had been replaced lost its forms' binding results (a 500 on every form shown
 * again with its errors).
 */
@StudyhallIntegrationTest
class KeptHtmlRenderTests {

    @Autowired
    KeptHtml kept;

    @Autowired
    WebApplicationContext application;

    @Test
    void aRenderPutsBackTheRequestAttributesItSetAndRemovesTheOnesItAdded() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, application);
        Object pageContext = new Object();
        request.setAttribute(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, pageContext);
        request.setAttribute("nav", "the page's own value");

        String footer = kept.render("fragments/layout-kept", "footer",
                Map.of("nav", new Navigation.State(false, Set.of(), "")), request, new MockHttpServletResponse());

        assertThat(footer).contains("site-footer", "footer-links");
        assertThat(request.getAttribute(SpringContextVariableNames.SPRING_REQUEST_CONTEXT)).isSameAs(pageContext);
        assertThat(request.getAttribute("nav")).isEqualTo("the page's own value");
        assertThat(request.getAttribute(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT)).isNull();
    }
}
