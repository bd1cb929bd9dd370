package com.studyhall.authoring;

import java.util.List;

/**
 * A save was made against an older version of something someone else has changed since. Carries
 * both versions, field by field, so the editor can merge and save against {@link #currentVersion()}.
 */
public class EditConflictException extends RuntimeException {

    /** One field as the editor submitted it and as it is stored now. */
    public record Row(String label, String yours, String current) {

        public boolean differs() {
            return !yours.equals(current);
        }
    }

    private final transient List<Row> rows;
    private final long currentVersion;

    EditConflictException(List<Row> rows, long currentVersion) {
        super("saved over a newer version");
        this.rows = rows;
        this.currentVersion = currentVersion;
    }

    public List<Row> rows() {
        return rows;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
