package com.studyhall.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cells for files people open in spreadsheets (the gradebook's CSV, the Anki TSV). A cell that
 * starts with {@code = + - @}, a tab or a carriage return would be read as a formula there, and a
 * learner's name like {@code =HYPERLINK(...)} would run on the instructor's machine; such a cell
 * gets a leading apostrophe, which spreadsheets show as text and never evaluate.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    public static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The text {@link #defused} was given back, for reading a file this project wrote. */
    public static String restored(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    /** One CSV record (RFC 4180): defused cells, quoted when they hold a comma, quote or line break. */
    public static String csvRecord(List<String> cells) {
        return cells.stream().map(SpreadsheetCells::defused).map(cell ->
                        cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                                ? '"' + cell.replace("\"", "\"\"") + '"' : cell)
                .collect(Collectors.joining(",", "", "\r\n"));
    }
}
