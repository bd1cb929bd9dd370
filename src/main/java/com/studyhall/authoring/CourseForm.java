package com.studyhall.authoring;

import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseLevel;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the course form edits. */
public class CourseForm extends MergeableForm<CourseForm> {

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "use lower-case letters, digits and single hyphens")
    private String slug;

    @NotBlank
    @Size(max = 160)
    private String title;

    @NotBlank
    @Size(max = 80)
    private String category;

    @Size(max = 200)
    private String tagline = "";

    @Size(max = 20000)
    private String description = "";

    @NotNull
    private CourseLevel level = CourseLevel.BEGINNER;

    @Size(max = 4000)
    private String outcomes = "";

    @Size(max = 4000)
    private String prerequisites = "";

    /** The slug of the free preview section; empty for none. */
    @Size(max = 80)
    private String previewSection = "";

    /** The form of a stored course, its preview section named by slug. */
    static CourseForm of(Course course, SectionRepository sections) {
        String previewSlug = course.getPreviewSectionId() == null ? ""
                : sections.findById(course.getPreviewSectionId()).map(Section::getSlug).orElse("");
        return of(course, previewSlug);
    }

    private static CourseForm of(Course course, String previewSlug) {
        var form = new CourseForm();
        form.slug = course.getSlug();
        form.title = course.getTitle();
        form.category = course.getCategory().getName();
        form.tagline = course.getTagline();
        form.description = course.getDescription();
        form.level = course.getLevel();
        form.outcomes = course.getOutcomes();
        form.prerequisites = course.getPrerequisites();
        form.previewSection = previewSlug == null ? "" : previewSlug;
        return form.startingAt(course.getVersion());
    }

    /**
     * Takes the values of an earlier version (a history snapshot, by label) into the form; base and
     * version stay those of the stored course, so saving goes through the merge like any edit.
     */
    CourseForm restoring(Map<String, String> version, long changeId) {
        slug = version.getOrDefault("Slug", slug);
        title = version.getOrDefault("Title", title);
        category = version.getOrDefault("Category", category);
        tagline = version.getOrDefault("Tagline", tagline);
        description = version.getOrDefault("Description", description);
        outcomes = version.getOrDefault("Outcomes", outcomes);
        prerequisites = version.getOrDefault("Prerequisites", prerequisites);
        previewSection = version.getOrDefault("Free preview", previewSection);
        if (version.containsKey("Level")) {
            level = CourseLevel.valueOf(version.get("Level"));
        }
        setRestoring(changeId);
        return this;
    }

    @Override
    Map<String, String> snapshot() {
        var values = new LinkedHashMap<String, String>();
        values.put("Slug", slug);
        values.put("Title", title);
        values.put("Category", category);
        values.put("Level", level == null ? "" : level.name());
        values.put("Tagline", tagline);
        values.put("Description", description);
        values.put("Outcomes", outcomes);
        values.put("Prerequisites", prerequisites);
        values.put("Free preview", previewSection);
        return values;
    }

    @Override
    void copyFields(CourseForm stored, Set<String> labels) {
        for (String label : labels) {
            switch (label) {
                case "Slug" -> slug = stored.slug;
                case "Title" -> title = stored.title;
                case "Category" -> category = stored.category;
                case "Level" -> level = stored.level;
                case "Tagline" -> tagline = stored.tagline;
                case "Description" -> description = stored.description;
                case "Outcomes" -> outcomes = stored.outcomes;
                case "Prerequisites" -> prerequisites = stored.prerequisites;
                case "Free preview" -> previewSection = stored.previewSection;
                default -> { }
            }
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug == null ? null : slug.strip(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTagline() { return tagline; }
    public void setTagline(String tagline) { this.tagline = tagline == null ? "" : tagline; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description == null ? "" : description; }
    public String getOutcomes() { return outcomes; }
    public void setOutcomes(String outcomes) { this.outcomes = outcomes == null ? "" : outcomes; }
    public String getPrerequisites() { return prerequisites; }
    public void setPrerequisites(String prerequisites) { this.prerequisites = prerequisites == null ? "" : prerequisites; }
    public String getPreviewSection() { return previewSection; }
    public void setPreviewSection(String previewSection) {
        this.previewSection = previewSection == null ? "" : previewSection.strip();
    }
    public CourseLevel getLevel() { return level; }
    public void setLevel(CourseLevel level) { this.level = level; }
}
