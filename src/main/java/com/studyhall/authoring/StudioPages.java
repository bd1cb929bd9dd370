package com.studyhall.authoring;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;

import java.util.function.Supplier;

/** What every studio controller does the same way: conflicts and the race behind them. */
final class StudioPages {

    private StudioPages() {
    }

    /**
     * Runs a save. Two saves racing past the version check both reach the database, where
     * Hibernate's version column stops the second; running it again turns that into the same
     * conflict page a stale form gets.
     */
    static <T> T save(Supplier<T> save) {
        try {
            return save.get();
        } catch (ObjectOptimisticLockingFailureException raced) {
            return save.get();
        }
    }

    /** Puts both versions on the page; the form keeps the editor's text and now carries the current version. */
    static void showConflict(EditConflictException conflict, Model model, HttpServletResponse response) {
        model.addAttribute("conflict", conflict.rows());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
}
