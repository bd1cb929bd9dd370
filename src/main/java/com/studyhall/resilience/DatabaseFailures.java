package com.studyhall.resilience;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that cannot be reached (or timed out) apart from a bug in a query. */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * True when something in the cause chain says the database is away: no connection from the
     * pool in time, a refused or broken connection (SQL state class 08), the server shutting down
     * (57P01-57P03), or a statement cancelled by its timeout (57014).
     */
    static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && unavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailableState(String state) {
        return state.startsWith("08") || state.equals("57014") || state.startsWith("57P");
    }
}
