package com.studyhall.production;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Session JDBC on H2 over the Flyway V7 tables, as a test may switch it on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
class DatabaseSessionsOnH2Tests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @SuppressWarnings("rawtypes")
    SessionRepository sessions;

    @Autowired
    PlatformTransactionManager transactions;

    final CookieManager cookies = new CookieManager();
    final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void aLoginIsKeptInTheSessionTablesAndServesTheNextRequest() throws Exception {
        long before = sessionsOf("instructor@example.com");
        signIn();

        assertThat(cookies.getCookieStore().getCookies()).anySatisfy(c -> assertThat(c.getName()).isEqualTo("SESSION"));
        assertThat(sessionsOf("instructor@example.com")).isEqualTo(before + 1);
        assertThat(send(HttpRequest.newBuilder(uri("/my"))).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesThatChangeNothingInTheSessionDoNotWriteItBack() throws Exception {
        signIn();
        long lastAccess = lastAccessOf("instructor@example.com");
        Thread.sleep(20);
        for (String page : new String[] {"/my", "/", "/my"}) {
            assertThat(send(HttpRequest.newBuilder(uri(page))).statusCode()).isEqualTo(200);
        }

        assertThat(lastAccessOf("instructor@example.com"))
                .as("a last-access time moves at most once a minute (resilience.CoarseLastAccessSessions)")
                .isEqualTo(lastAccess);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSessionIsReadWithoutATransactionAndAChangeIsWrittenInOne() throws Exception {
        signIn();
        String id = jdbc.queryForObject("select max(session_id) from spring_session where principal_name = ?", String.class,
                "instructor@example.com");
        List<TransactionExecution> begun = new ArrayList<>();
        ThreadLocal<Boolean> recording = ThreadLocal.withInitial(() -> false);
        ((AbstractPlatformTransactionManager) transactions).addListener(new TransactionExecutionListener() {
            @Override
            public void beforeBegin(TransactionExecution transaction) {
                if (recording.get()) {
                    begun.add(transaction);
                }
            }
        });
        recording.set(true);
        try {
            Session read = sessions.findById(id);
            assertThat(read).isNotNull();
            assertThat(begun).as("reading a session is one SELECT, without BEGIN and COMMIT").isEmpty();

            read.setAttribute("studyhall.test", "kept");
            sessions.save(read);
            assertThat(begun).as("a change is written in a transaction of its own").hasSize(1);
        } finally {
            recording.set(false);
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes a join spring_session s"
                + " on s.primary_id = a.session_primary_id where s.session_id = ? and a.attribute_name = 'studyhall.test'",
                Long.class, id)).isEqualTo(1);
    }

    private void signIn() throws Exception {
        Matcher csrf = CSRF_FIELD.matcher(send(HttpRequest.newBuilder(uri("/login"))).body());
        assertThat(csrf.find()).isTrue();
        send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=instructor%40example.com"
                        + "&password=instructor-pass-2026&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
    }

    private long sessionsOf(String principal) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class, principal);
    }

    private long lastAccessOf(String principal) {
        return jdbc.queryForObject("select max(last_access_time) from spring_session where principal_name = ?", Long.class,
                principal);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
