package com.studyhall.production;

import com.studyhall.DemoUsers;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One browser over real HTTP: its cookies go to every node, which share a host name as behind nginx. */
final class ClusterBrowser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    void logIn(ConfigurableApplicationContext node, String email, String password) throws Exception {
        String token = csrfToken(node, "/login");
        var login = post(node, "/login", "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/my"));
    }

    /** Password, then the TOTP code computed from the demo admin's documented key. */
    void logInWithSecondFactor(ConfigurableApplicationContext node, DemoUsers user) throws Exception {
        String token = csrfToken(node, "/login");
        var login = post(node, "/login", "username=" + URLEncoder.encode(user.email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user.password, StandardCharsets.UTF_8) + "&_csrf=" + token);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/totp"));
        String code = DemoUsers.freshCode(node, user.totpSecret);
        var second = post(node, "/login/totp", "code=" + code + "&_csrf=" + csrfToken(node, "/login/totp"));
        assertThat(second.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }

    /** The URL-encoded CSRF token of the first form on the page. */
    String csrfToken(ConfigurableApplicationContext node, String path) throws Exception {
        return csrfTokenIn(get(node, path).body(), path);
    }

    static String csrfTokenIn(String page, String path) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("a form with a CSRF token on " + path).isTrue();
        return URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
    }

    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(node, path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What a probe or a metrics scraper sends: any content type. */
    HttpResponse<String> probe(ConfigurableApplicationContext node, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(node, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(ConfigurableApplicationContext node, String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(node, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + PostgresNodes.port(node) + path);
    }
}
