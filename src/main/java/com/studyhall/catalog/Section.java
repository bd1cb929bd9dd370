package com.studyhall.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** One topic of a course. What it teaches with lives in the study and assessment tables. */
@Entity
@EntityListeners(CatalogChanges.class)
public class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Size(max = 80)
    private String slug;

    @Size(max = 160)
    private String title;

    @Size(max = 4000)
    private String overview;

    private int position;

    private boolean published;

    @Version
    private long version;

    /** Set while the section is in the trash: the studio and learners no longer list it. */
    private java.time.Instant trashedAt;

    protected Section() {
    }

    public Section(Course course, String slug, String title, String overview, int position) {
        this.course = course;
        this.slug = slug;
        this.title = title;
        this.overview = overview;
        this.position = position;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getOverview() {
        return overview;
    }

    public int getPosition() {
        return position;
    }

    public boolean isPublished() {
        return published;
    }

    public void edit(String slug, String title, String overview) {
        this.slug = slug;
        this.title = title;
        this.overview = overview;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public long getVersion() {
        return version;
    }

    public boolean isTrashed() {
        return trashedAt != null;
    }

    /** Into the trash (a time) or back out of it (null). */
    public void setTrashedAt(java.time.Instant trashedAt) {
        this.trashedAt = trashedAt;
    }
}
