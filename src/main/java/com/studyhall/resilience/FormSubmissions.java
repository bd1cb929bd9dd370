package com.studyhall.resilience;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Gives a form post one effect however often it arrives: a double click, a replay from the
 * browser's history, a retry after a timeout.
 * <p>
 * The idempotency key is the form's CSRF token as rendered (Spring Security masks it afresh for
 * every page, so each rendered form has its own), together with the path and the button pressed.
 * The first request claims the key in a short transaction of its own, runs, and records the
 * redirect it answered; a repeat waits for that record and answers the same redirect. An answer
 * that is not a redirect (a form shown again with its errors) is not kept, so the corrected form,
 * which carries a new token anyway, runs normally.
 */
@Service
public class FormSubmissions {

    static final Duration KEPT = Duration.ofDays(1);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String REDIRECT = "redirect:";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    FormSubmissions(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs the handler once for this form and account and returns its view; a repeat of the same
     * form returns the first run's redirect without running the handler again.
     */
    public String once(HttpServletRequest form, long accountId, Supplier<String> handler) {
        String token = form.getParameter("_csrf");
        if (token == null || token.isBlank()) {
            return handler.get();
        }
        String key = key(token, form.getRequestURI(), form.getParameter("action"));
        if (!claim(accountId, key)) {
            String earlier = outcomeOf(accountId, key);
            return earlier != null ? earlier : once(form, accountId, handler);
        }
        String view;
        try {
            view = handler.get();
        } catch (RuntimeException failed) {
            release(accountId, key);
            throw failed;
        }
        if (view.startsWith(REDIRECT)) {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "update form_submission set outcome = ? where account_id = ? and form_key = ?", view, accountId, key));
        } else {
            release(accountId, key);
        }
        return view;
    }

    private boolean claim(long accountId, String key) {
        Instant now = clock.instant();
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.update("delete from form_submission where account_id = ? and created_at < ?",
                        accountId, Timestamp.from(now.minus(KEPT)));
                jdbc.update("insert into form_submission (account_id, form_key, created_at) values (?, ?, ?)",
                        accountId, key, Timestamp.from(now));
            });
            return true;
        } catch (DataIntegrityViolationException sentBefore) {
            return false;
        }
    }

    /** The first run's redirect once it is recorded; null when that run failed and gave the key back. */
    private String outcomeOf(long accountId, String key) {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < giveUp) {
            List<Optional<String>> rows = jdbc.query(
                    "select outcome from form_submission where account_id = ? and form_key = ?",
                    (row, n) -> Optional.ofNullable(row.getString(1)), accountId, key);
            if (rows.isEmpty()) {
                return null;
            }
            if (rows.get(0).isPresent()) {
                return rows.get(0).get();
            }
            pause();
        }
        throw new IllegalStateException("The first copy of this form is still being processed");
    }

    private void release(long accountId, String key) {
        ownTransaction.executeWithoutResult(status ->
                jdbc.update("delete from form_submission where account_id = ? and form_key = ?", accountId, key));
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static String key(String token, String path, String action) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((token + '\n' + path + '\n' + action).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
