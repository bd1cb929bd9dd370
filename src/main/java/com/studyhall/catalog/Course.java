package com.studyhall.catalog;

import com.studyhall.accounts.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A course: metadata only; its sections are rows of their own. */
@Entity
@EntityListeners(CatalogChanges.class)
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 80)
    private String slug;

    @Size(max = 160)
    private String title;

    @Size(max = 200)
    private String tagline;

    @Size(max = 20000)
    private String description;

    /** What a learner will be able to do afterwards: a Markdown list. */
    @Size(max = 4000)
    private String outcomes = "";

    /** What a learner should know before starting: a Markdown list. */
    @Size(max = 4000)
    private String prerequisites = "";

    /** The section visitors may read without enrolling (null: none). */
    private Long previewSectionId;

    @Enumerated(EnumType.STRING)
    private CourseLevel level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    private boolean published;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    /** Set while the course is in the trash: the studio and learners no longer list it. */
    private java.time.Instant trashedAt;

    protected Course() {
    }

    public Course(String slug, String title, Category category, UserAccount owner, Instant now) {
        this.slug = slug;
        this.title = title;
        this.category = category;
        this.owner = owner;
        this.level = CourseLevel.BEGINNER;
        this.tagline = "";
        this.description = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String tagline, String description, CourseLevel level, Instant now) {
        this.tagline = tagline;
        this.description = description;
        this.level = level;
        this.updatedAt = now;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public boolean isOwnedBy(long userId) {
        return owner.getId() == userId;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getTagline() {
        return tagline;
    }

    public String getDescription() {
        return description;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public Category getCategory() {
        return category;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public boolean isPublished() {
        return published;
    }

    public long getVersion() {
        return version;
    }

    /** Studio edit of the metadata a course form carries. */
    public void edit(String slug, String title, Category category, String tagline, String description,
                     CourseLevel level, Instant now) {
        this.slug = slug;
        this.title = title;
        this.category = category;
        describe(tagline, description, level, now);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The chooser's facts of the course page: outcomes, prerequisites and the free preview section. */
    public void describeForChoosers(String outcomes, String prerequisites, Long previewSectionId) {
        this.outcomes = outcomes == null ? "" : outcomes;
        this.prerequisites = prerequisites == null ? "" : prerequisites;
        this.previewSectionId = previewSectionId;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public Long getPreviewSectionId() {
        return previewSectionId;
    }

    public boolean isPreview(Section section) {
        return previewSectionId != null && previewSectionId.equals(section.getId());
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isTrashed() {
        return trashedAt != null;
    }

    /** Into the trash (a time) or back out of it (null). */
    public void setTrashedAt(java.time.Instant trashedAt) {
        this.trashedAt = trashedAt;
    }
}
