package com.studyhall.authoring;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A studio form that can be merged three ways. Besides the version it was read at, it carries
 * its <em>base</em>: the field values it started from, in a hidden field. On save
 * {@link Conflicts#merge} compares base, stored ("theirs") and submitted ("yours") field by field.
 *
 * @param <F> the form's own type, so a form copies fields only from a form of its kind
 */
public abstract class MergeableForm<F extends MergeableForm<F>> {

    private long version;

    /** The starting values, encoded; empty when the form came without one (then the old two-way check applies). */
    private String base = "";

    /** The history change whose version this form restores, when it was opened from "restore this version". */
    private Long restoring;

    /** Set on an edit-against-delete page: the trashed item "Restore with this text" brings back. */
    private Long trashedId;

    /** The form's fields by label (or key), as text, in display order. */
    abstract Map<String, String> snapshot();

    /** Copies the fields under these labels from a form read from the stored entity. */
    abstract void copyFields(F stored, Set<String> labels);

    /** Marks the values now in the form as what the editor started from, at this version. */
    @SuppressWarnings("unchecked")
    F startingAt(long version) {
        this.version = version;
        this.base = encode(snapshot());
        return (F) this;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getRestoring() {
        return restoring;
    }

    public void setRestoring(Long restoring) {
        this.restoring = restoring;
    }

    public Long getTrashedId() {
        return trashedId;
    }

    public void setTrashedId(Long trashedId) {
        this.trashedId = trashedId;
    }

    public String getBase() {
        return base;
    }

    public void setBase(String base) {
        this.base = base == null ? "" : base;
    }

    /** Label and value pairs, separated by control characters no form text contains, in URL-safe Base64. */
    static String encode(Map<String, String> snapshot) {
        var text = new StringBuilder();
        snapshot.forEach((label, value) -> text.append(label).append('\u0000')
                .append(value == null ? "" : value).append('\u0001'));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The base as sent, or {@code null} when there is none or it cannot be read. */
    static Map<String, String> decode(String base) {
        if (base == null || base.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(base.strip()), StandardCharsets.UTF_8);
            var values = new LinkedHashMap<String, String>();
            for (String entry : text.split("\u0001")) {
                if (entry.isEmpty()) {
                    continue;
                }
                int split = entry.indexOf('\u0000');
                if (split < 0) {
                    return null;
                }
                values.put(entry.substring(0, split), entry.substring(split + 1));
            }
            return values;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
