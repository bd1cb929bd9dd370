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

    /**
     * Puts the fields both editors changed on the page; the form, merged by {@link Conflicts#merge},
     * now carries the current version and base.
     */
    static void showConflict(EditConflictException conflict, Model model, HttpServletResponse response) {
        model.addAttribute("conflict", conflict.rows());
        model.addAttribute("conflictBy", conflict.lastEditor());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }

    /**
     * The form comes back as a new item's form (it posts to create), with the editor's text and
     * a sentence saying who deleted it. 409, like a conflict: the save did not happen.
     */
    static void showDeleted(ItemDeletedException deleted, String singular, Model model, HttpServletResponse response) {
        model.addAttribute("deleted", deleted.explanation(singular));
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
}
