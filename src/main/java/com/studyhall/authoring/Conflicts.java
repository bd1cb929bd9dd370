package com.studyhall.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;

/**
 * The optimistic-locking rule of the studio. A form carries the version it was read at; when the
 * stored version has moved on, the save goes through only if it would change nothing the other
 * editor wrote (the stored fields equal the submitted ones), otherwise it stops with a conflict.
 * A reorder also moves the version, which is why equal content is not a conflict.
 */
final class Conflicts {

    private Conflicts() {
    }

    /** Snapshots map a field's label to its text, in display order. */
    static void check(long formVersion, long storedVersion, Map<String, String> yours, Map<String, String> stored) {
        if (formVersion == storedVersion || normalized(yours).equals(normalized(stored))) {
            return;
        }
        var labels = new LinkedHashSet<>(yours.keySet());
        labels.addAll(stored.keySet());
        var rows = new ArrayList<EditConflictException.Row>();
        for (String label : labels) {
            rows.add(new EditConflictException.Row(label, text(yours.get(label)), text(stored.get(label))));
        }
        throw new EditConflictException(rows, storedVersion);
    }

    private static Map<String, String> normalized(Map<String, String> snapshot) {
        var result = new java.util.HashMap<String, String>();
        snapshot.forEach((k, v) -> result.put(k, text(v)));
        return result;
    }

    // Browsers send textarea line breaks as CRLF; stored text may hold LF.
    private static String text(String value) {
        return Objects.toString(value, "").replace("\r\n", "\n").strip();
    }
}
