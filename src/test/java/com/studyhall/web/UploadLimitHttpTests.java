package com.studyhall.web;

import com.studyhall.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the limit, sent for real to a running server as a browser sends a form: the
 * {@code _csrf} field first, then a 30 MB file. The answer is the "file too large" page naming the
 * limit (413), not a reset connection, a CSRF 403, an error 500 or "please try again". The limit is
 * lowered to 5 MB here so the file is well past it without sending hundreds of megabytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=5MB", "spring.servlet.multipart.max-request-size=5MB"})
@ActiveProfiles("test")
class UploadLimitHttpTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String GIFT_IMPORT =
            "/studio/courses/typography-for-interfaces/sections/type-scale-spacing-and-readability/questions/import";
    private static final int THIRTY_MB = 30 * 1024 * 1024;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void signInAsTheInstructor() throws Exception {
        var login = post("/login", "application/x-www-form-urlencoded", ("username="
                + DemoUsers.INSTRUCTOR.email.replace("@", "%40") + "&password=" + DemoUsers.INSTRUCTOR.password
                + "&_csrf=" + csrf("/login")).getBytes(StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
    }

    @Test
    void aBundleOverTheLimitGetsThePageThatNamesTheLimit() throws Exception {
        var response = upload("/studio/import", csrf("/studio"), "course.json", THIRTY_MB);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("File too large — the limit is 5 MB", "Nothing was stored")
                .doesNotContain("try again", "Exception");
    }

    @Test
    void aGiftFileOverTheLimitGetsTheSamePage() throws Exception {
        var response = upload(GIFT_IMPORT, csrf(GIFT_IMPORT), "questions.gift", THIRTY_MB);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("File too large — the limit is 5 MB");
    }

    @Test
    void aFileUnderTheLimitStillPassesTheCsrfCheckAndReachesTheImport() throws Exception {
        var response = upload(GIFT_IMPORT, csrf(GIFT_IMPORT), "questions.gift", 1024);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Import questions", "Nothing was imported").doesNotContain("File too large");
    }

    @Test
    void theFormsCheckTheSameLimitInTheBrowserBeforeSending() throws Exception {
        assertThat(get(GIFT_IMPORT).body()).contains("data-max-bytes=\"5242880\"", "data-max-label=\"5 MB\"");
        assertThat(get("/studio").body()).contains("data-max-bytes=\"5242880\"", "data-max-label=\"5 MB\"");
        assertThat(get("/js/studio.js").body()).contains("input.dataset.maxBytes", "may be at most");
    }

    /** A multipart form as a browser sends it: the CSRF field, then the file. */
    private HttpResponse<String> upload(String path, String token, String filename, int size) throws Exception {
        String boundary = "----studyhall" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private String csrf(String page) throws Exception {
        Matcher field = CSRF_FIELD.matcher(get(page).body());
        assertThat(field.find()).as("a CSRF field on " + page).isTrue();
        return field.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).header("Accept", "text/html").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
