package com.studyhall.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real servlet container shows: error pages rendered by the container's error
 * dispatch, the session id as a browser sees it in its cookies, and response compression.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RealHttpTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void unknownPagesGetTheNotFoundPageWithoutInternals() throws Exception {
        var response = get("/courses/no-such-course");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("We could not find that page")
                .doesNotContain("Exception", "at com.studyhall", "Whitelabel");
    }

    @Test
    void loggingInReplacesTheSessionId() throws Exception {
        get("/my"); // remembers the page in a new anonymous session
        String before = sessionId();
        assertThat(before).isNotNull();
        Matcher csrf = CSRF_FIELD.matcher(get("/login").body());
        assertThat(csrf.find()).isTrue();
        var login = post("/login", "username=learner%40example.com&password=learner-pass-2026&_csrf=" + csrf.group(1));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/my"));
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(cookies.getCookieStore().getCookies()).filteredOn(c -> c.getName().equals("JSESSIONID"))
                .allSatisfy(c -> assertThat(c.isHttpOnly()).isTrue());
    }

    /** Spring serves .js as text/javascript; Tomcat compresses only the types it is given (the lab's page weight). */
    @Test
    void scriptsAreSentCompressedLikePagesAndStyleSheets() throws Exception {
        for (String path : new String[] {"/js/lab.js", "/webjars/codemirror/5.65.16/lib/codemirror.js", "/css/app.css"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        }
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
