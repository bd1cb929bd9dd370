package com.studyhall.persistence;

import org.flywaydb.core.Flyway;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V27_1 on a database of its own: scores stored as whole numbers by the migrations before it
 * read back with the same values as decimals, nulls stay null, and a half point can be stored
 * afterwards. The rows' parents are left out (foreign keys off for the inserts): a type change
 * does not read them.
 */
final class ScoreColumnsMigration {

    private ScoreColumnsMigration() {
    }

    /** {@code foreignKeysOff} is the database's own statement for this session. */
    static void keepsEveryWholeScore(String url, String user, String password, String foreignKeysOff) throws SQLException {
        Flyway.configure().dataSource(url, user, password).target("26.1").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password); var sql = db.createStatement()) {
            sql.execute(foreignKeysOff);
            sql.execute("insert into test_attempt (id, mock_test_id, learner_id, attempt_number, status, started_at, deadline,"
                    + " score_points, max_points) values (1, 1, 1, 1, 'SUBMITTED', current_timestamp, current_timestamp, 7, 10),"
                    + " (2, 1, 1, 2, 'SUBMITTED', current_timestamp, current_timestamp, null, 10)");
            sql.execute("insert into attempt_question (attempt_id, question_version_id, position, points, awarded_points)"
                    + " values (1, 1, 1, 3, 3), (1, 1, 2, 2, 0), (2, 1, 1, 4, null)");
            sql.execute("insert into regraded_attempt (regrade_id, attempt_id, position, points_before, points_after)"
                    + " values (1, 1, 1, 5, 7), (1, 2, 1, null, 4)");
        }
        Flyway.configure().dataSource(url, user, password).load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password); var sql = db.createStatement()) {
            assertThat(column(db, "select score_points from test_attempt order by id")).containsExactly("7.00", null);
            assertThat(column(db, "select awarded_points from attempt_question order by attempt_id, position"))
                    .containsExactly("3.00", "0.00", null);
            assertThat(column(db, "select points_before from regraded_attempt order by attempt_id")).containsExactly("5.00", null);
            assertThat(column(db, "select points_after from regraded_attempt order by attempt_id")).containsExactly("7.00", "4.00");
            sql.execute("update attempt_question set awarded_points = 1.5 where attempt_id = 1 and position = 2");
            sql.execute("update test_attempt set score_points = 4.5 where id = 1");
            assertThat(column(db, "select score_points from test_attempt where id = 1")).containsExactly("4.50");
            assertThat(column(db, "select awarded_points from attempt_question where attempt_id = 1 and position = 2"))
                    .containsExactly("1.50");
        }
    }

    private static List<String> column(Connection db, String query) throws SQLException {
        var values = new ArrayList<String>();
        try (var sql = db.createStatement(); var rows = sql.executeQuery(query)) {
            while (rows.next()) {
                BigDecimal value = rows.getBigDecimal(1);
                values.add(value == null ? null : value.toPlainString());
            }
        }
        return values;
    }
}
