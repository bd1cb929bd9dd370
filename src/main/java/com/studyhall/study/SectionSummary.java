package com.studyhall.study;

import com.studyhall.catalog.Section;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** A section's summary at three levels of detail. */
@Entity
public class SectionSummary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @Size(max = 2000)
    private String basic;

    @Size(max = 8000)
    private String medium;

    @Size(max = 40000)
    private String detailed;

    @Version
    private long version;

    protected SectionSummary() {
    }

    public SectionSummary(Section section, String basic, String medium, String detailed) {
        this.section = section;
        this.basic = basic;
        this.medium = medium;
        this.detailed = detailed;
    }

    public String getBasic() {
        return basic;
    }

    public String getMedium() {
        return medium;
    }

    public String getDetailed() {
        return detailed;
    }

    public void edit(String basic, String medium, String detailed) {
        this.basic = basic;
        this.medium = medium;
        this.detailed = detailed;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
