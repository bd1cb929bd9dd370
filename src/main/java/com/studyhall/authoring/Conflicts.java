package com.studyhall.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The studio's rule for saves that cross. A form carries the version and the field values it
 * started from (its base). On save each field is compared three ways:
 *
 * <ul>
 * <li>you left it as it was: the stored value stays (whatever the other editor wrote);</li>
 * <li>only you changed it, or both of you wrote the same: yours is saved;</li>
 * <li>both of you changed it differently: a conflict.</li>
 * </ul>
 *
 * Without conflicts the save goes through with the fields merged. With conflicts nothing is
 * saved; the form is turned into the merge (the other editor's fields taken in, yours kept), its
 * base and version move to the stored state, and the conflict page lists only the fields both
 * changed. Saving that form again therefore never reverts the other editor's fields.
 */
final class Conflicts {

    private Conflicts() {
    }

    /**
     * Merges {@code stored} into {@code yours} (which is changed in place) or throws an
     * {@link EditConflictException}. {@code lastEditor} names who saved the stored state and when.
     */
    static <F extends MergeableForm<F>> void merge(F yours, F stored, long storedVersion, String lastEditor,
                                                   Function<String, String> label) {
        Map<String, String> base = MergeableForm.decode(yours.getBase());
        Map<String, String> mine = yours.snapshot();
        Map<String, String> theirs = stored.snapshot();
        if (base == null) {
            check(yours.getVersion(), storedVersion, mine, theirs, lastEditor, label);
            return;
        }
        var keys = new LinkedHashSet<>(theirs.keySet());
        keys.addAll(mine.keySet());
        keys.addAll(base.keySet());
        Set<String> takeTheirs = new LinkedHashSet<>();
        var rows = new ArrayList<EditConflictException.Row>();
        for (String key : keys) {
            String b = text(base.get(key));
            String y = text(mine.get(key));
            String t = text(theirs.get(key));
            if (y.equals(t) || t.equals(b)) {
                continue;
            }
            if (y.equals(b)) {
                takeTheirs.add(key);
            } else {
                rows.add(new EditConflictException.Row(label.apply(key), y, t));
            }
        }
        yours.copyFields(stored, takeTheirs);
        if (!rows.isEmpty()) {
            yours.setBase(MergeableForm.encode(theirs));
            yours.setVersion(storedVersion);
            throw new EditConflictException(rows, storedVersion, lastEditor);
        }
    }

    /** The two-way rule, for a form that came without its base: any difference after a newer save is a conflict. */
    private static void check(long formVersion, long storedVersion, Map<String, String> yours, Map<String, String> stored,
                              String lastEditor, Function<String, String> label) {
        var labels = new LinkedHashSet<>(yours.keySet());
        labels.addAll(stored.keySet());
        var rows = new ArrayList<EditConflictException.Row>();
        for (String key : labels) {
            if (!text(yours.get(key)).equals(text(stored.get(key)))) {
                rows.add(new EditConflictException.Row(label.apply(key), text(yours.get(key)), text(stored.get(key))));
            }
        }
        if (formVersion != storedVersion && !rows.isEmpty()) {
            throw new EditConflictException(rows, storedVersion, lastEditor);
        }
    }

    // Browsers send textarea line breaks as CRLF; stored text may hold LF.
    private static String text(String value) {
        return Objects.toString(value, "").replace("\r\n", "\n").strip();
    }
}
