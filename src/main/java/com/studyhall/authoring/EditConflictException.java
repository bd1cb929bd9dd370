package com.studyhall.authoring;

import java.util.List;

/**
 * A save was made against an older version of something someone else has changed since, and both
 * changed the same fields. Carries those fields in both versions, so the editor can settle them and
 * save against {@link #currentVersion()}.
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
    private final String lastEditor;

    EditConflictException(List<Row> rows, long currentVersion, String lastEditor) {
        super("saved over a newer version");
        this.rows = rows;
        this.currentVersion = currentVersion;
        this.lastEditor = lastEditor;
    }

    /** Who saved the current version and when ("Ada Admin at 2026-12-05 01:20:00 UTC"), or null. */
    public String lastEditor() {
        return lastEditor;
    }

    public List<Row> rows() {
        return rows;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
