package com.studyhall.web;

import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The page list the route walk opens is the app's real list of GET pages: none missing, none stale. */
@StudyhallIntegrationTest
class PageRoutesTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyGetPageAControllerMapsIsOnTheRouteList() {
        assertThat(listed()).as("PageRoutes.ALL lacks these GET pages; add a line for each")
                .containsAll(mappedPages());
    }

    @Test
    void everyRouteOnTheListIsStillAPage() {
        assertThat(mappedPages()).as("PageRoutes.ALL names routes no controller maps any more")
                .containsAll(listed());
    }

    @Test
    void aMappingsRegexIsLeftOutOfItsPattern() {
        assertThat(PageRoutes.withoutRegex("/studio/trash/{id:\\d+}/purge")).isEqualTo("/studio/trash/{id}/purge");
        assertThat(PageRoutes.withoutRegex("/s/{kind:chapters|lessons}/{id:\\d+}")).isEqualTo("/s/{kind}/{id}");
    }

    private static Set<String> listed() {
        return PageRoutes.ALL.stream().map(PageRoutes.PageRoute::pattern).collect(Collectors.toCollection(TreeSet::new));
    }

    /** GET handlers of this app that render a view: they return a view name or a ModelAndView and have no body. */
    private Set<String> mappedPages() {
        Set<String> pages = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
            Class<?> returns = handler.getMethod().getReturnType();
            boolean view = returns == String.class || returns == ModelAndView.class;
            boolean body = handler.hasMethodAnnotation(ResponseBody.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
            if (get && view && !body && handler.getBeanType().getPackageName().startsWith("com.studyhall")) {
                info.getPatternValues().forEach(pattern -> pages.add(PageRoutes.withoutRegex(pattern)));
            }
        }
        return pages;
    }
}
