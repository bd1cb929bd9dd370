package com.studyhall.resilience;

import com.studyhall.persistence.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL triggers of V29_1 announce every committed change to what the account check reads,
 * whoever makes it, and a node's copies of that check are dropped when it hears so.
 */
class AccountChangeNoticesPostgresTests {

    DriverManagerDataSource dataSource;
    JdbcTemplate jdbc;
    ChangeNotices notices;
    NodeCopies<Long, String> copies;
    final AtomicInteger databaseReads = new AtomicInteger();
    long userId;

    @BeforeEach
    void migratedDatabaseAndAListeningNode() throws InterruptedException {
        var database = PostgresDatabase.fresh();
        dataSource = new DriverManagerDataSource(database.url(), database.user(), database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        userId = jdbc.queryForObject("insert into app_user (email, display_name, password_hash, created_at) "
                + "values ('ada@example.com', 'Ada', 'x', now()) returning id", Long.class);
        notices = ChangeNotices.on(dataSource, database.url(), "studyhall_accounts");
        copies = new NodeCopies<>(notices, Long::valueOf, 100, Duration.ofMinutes(1), Clock.systemUTC());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!notices.listening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(notices.listening()).as("listening within 10 s").isTrue();
    }

    @AfterEach
    void stopListening() {
        notices.close();
    }

    String readStatus(long id) {
        databaseReads.incrementAndGet();
        return jdbc.queryForObject("select enabled || ':' || session_generation || ':' || "
                + "(select count(*) from app_user_role r where r.user_id = u.id) || ':' || "
                + "(select count(*) from totp_credential t where t.user_id = u.id and t.enabled) from app_user u where id = ?",
                String.class, id);
    }

    /** The status as this node serves it, once the change's notice had time to arrive (at most 2 s). */
    String servedOnceNoticed(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        String served;
        do {
            served = copies.read(userId, this::readStatus);
        } while (!served.equals(expected) && System.nanoTime() < deadline && sleep());
        return served;
    }

    static boolean sleep() throws InterruptedException {
        Thread.sleep(10);
        return true;
    }

    @Test
    void aKeptStatusIsServedWithoutReadingUntilTheAccountChanges() throws InterruptedException {
        assertThat(copies.read(userId, this::readStatus)).isEqualTo("true:0:0:0");
        assertThat(copies.read(userId, this::readStatus)).isEqualTo("true:0:0:0");
        assertThat(databaseReads).hasValue(1);

        jdbc.update("update app_user set enabled = false where id = ?", userId);
        assertThat(servedOnceNoticed("false:0:0:0")).isEqualTo("false:0:0:0");

        jdbc.update("update app_user set session_generation = session_generation + 1 where id = ?", userId);
        assertThat(servedOnceNoticed("false:1:0:0")).isEqualTo("false:1:0:0");
    }

    @Test
    void rolesAndSecondFactorsAddedOrRemovedAreNoticedToo() throws InterruptedException {
        copies.read(userId, this::readStatus);

        jdbc.update("insert into app_user_role (user_id, role) values (?, 'LEARNER')", userId);
        assertThat(servedOnceNoticed("true:0:1:0")).isEqualTo("true:0:1:0");
        jdbc.update("insert into totp_credential (user_id, secret, enabled, created_at) values (?, 's', true, now())", userId);
        assertThat(servedOnceNoticed("true:0:1:1")).isEqualTo("true:0:1:1");
        jdbc.update("delete from app_user_role where user_id = ?", userId);
        assertThat(servedOnceNoticed("true:0:0:1")).isEqualTo("true:0:0:1");
        jdbc.update("delete from totp_credential where user_id = ?", userId);
        assertThat(servedOnceNoticed("true:0:0:0")).isEqualTo("true:0:0:0");
    }

    @Test
    void aRolledBackChangeAnnouncesNothingAndTheCopyStays() throws Exception {
        copies.read(userId, this::readStatus);
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var update = connection.prepareStatement("update app_user set enabled = false where id = ?")) {
                update.setLong(1, userId);
                update.executeUpdate();
            }
            connection.rollback();
        }
        Thread.sleep(300);

        assertThat(copies.read(userId, this::readStatus)).isEqualTo("true:0:0:0");
        assertThat(databaseReads).hasValue(1);
    }
}
