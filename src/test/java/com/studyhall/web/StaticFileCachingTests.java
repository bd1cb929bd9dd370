package com.studyhall.web;

import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Fingerprinted static files are cached for a year without revalidation; plain addresses are checked each time. */
@StudyhallIntegrationTest
class StaticFileCachingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResourceUrlProvider urls;
    @Autowired
    List<FilterRegistrationBean<?>> filters;

    @Test
    void onlyTheFilterThatSkipsPageLinksRewritesLinks() {
        assertThat(filters).map(FilterRegistrationBean::getFilter)
                .filteredOn(filter -> filter instanceof ResourceUrlEncodingFilter)
                .singleElement().isInstanceOf(StaticLinks.class);
    }

    @Test
    void aFingerprintedStylesheetIsCachedForAYearAsImmutable() throws Exception {
        String fingerprinted = urls.getForLookupPath("/css/app.css");
        assertThat(fingerprinted).matches("/css/app-[0-9a-f]{32}\\.css");

        mvc.perform(get(fingerprinted)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
    }

    @Test
    void pagesLinkStaticFilesByFingerprintAndOtherPagesAsWritten() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"" + urls.getForLookupPath("/css/app.css") + "\"")
                .doesNotContain("href=\"/css/app.css\"")
                .contains("href=\"/courses/python-memory-management\"")
                .doesNotContain("jsessionid");
    }

    @Test
    void aLinkToAStaticFileKeepsItsQueryAndFragment() {
        var links = new StaticLinks(urls, StaticResources.FOLDERS);

        assertThat(links.encode("", "/css/app.css?v=1#top")).isEqualTo(urls.getForLookupPath("/css/app.css") + "?v=1#top");
        assertThat(links.encode("/app", "/app/css/app.css")).isEqualTo("/app" + urls.getForLookupPath("/css/app.css"));
        assertThat(links.encode("", "/css/no-such-file.css")).isEqualTo("/css/no-such-file.css");
        assertThat(links.encode("", "/courses/x?y=/css/app.css")).isEqualTo("/courses/x?y=/css/app.css");
        assertThat(links.encode("", "https://example.com/css/app.css")).isEqualTo("https://example.com/css/app.css");
    }

    @Test
    void thePlainAddressOfAStylesheetIsCheckedOnEachUse() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"));
    }
}
