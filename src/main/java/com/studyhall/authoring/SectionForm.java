package com.studyhall.authoring;

import com.studyhall.catalog.Section;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the section form edits. */
public class SectionForm extends MergeableForm<SectionForm> {

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "use lower-case letters, digits and single hyphens")
    private String slug;

    @NotBlank
    @Size(max = 160)
    private String title;

    @Size(max = 4000)
    private String overview = "";

    static SectionForm of(Section section) {
        var form = new SectionForm();
        form.slug = section.getSlug();
        form.title = section.getTitle();
        form.overview = section.getOverview();
        return form.startingAt(section.getVersion());
    }

    /** Takes an earlier version's values (by label); base and version stay the stored section's. */
    SectionForm restoring(Map<String, String> version, long changeId) {
        slug = version.getOrDefault("Slug", slug);
        title = version.getOrDefault("Title", title);
        overview = version.getOrDefault("Overview", overview);
        setRestoring(changeId);
        return this;
    }

    @Override
    Map<String, String> snapshot() {
        var values = new LinkedHashMap<String, String>();
        values.put("Slug", slug);
        values.put("Title", title);
        values.put("Overview", overview);
        return values;
    }

    @Override
    void copyFields(SectionForm stored, Set<String> labels) {
        for (String label : labels) {
            switch (label) {
                case "Slug" -> slug = stored.slug;
                case "Title" -> title = stored.title;
                case "Overview" -> overview = stored.overview;
                default -> { }
            }
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug == null ? null : slug.strip(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOverview() { return overview; }
    public void setOverview(String overview) { this.overview = overview == null ? "" : overview; }
}
