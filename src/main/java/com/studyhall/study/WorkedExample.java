package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.validation.constraints.Size;

/** An example, optionally with a program that opens in the memory lab. */
@Entity
@SQLRestriction(SectionItem.NOT_TRASHED)
public class WorkedExample extends SectionItem {

    @Size(max = 160)
    private String title;

    @Size(max = 20000)
    private String body;

    @Size(max = 160)
    private String scenarioTitle;

    @Size(max = 20000)
    private String scenarioCode;

    protected WorkedExample() {
    }

    public WorkedExample(Section section, int position, String title, String body, String scenarioTitle, String scenarioCode) {
        super(section, position);
        this.title = title;
        this.body = body;
        this.scenarioTitle = scenarioTitle;
        this.scenarioCode = scenarioCode;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getScenarioTitle() {
        return scenarioTitle;
    }

    public String getScenarioCode() {
        return scenarioCode;
    }

    public void edit(String title, String body, String scenarioTitle, String scenarioCode) {
        this.title = title;
        this.body = body;
        this.scenarioTitle = scenarioTitle;
        this.scenarioCode = scenarioCode;
    }
}
