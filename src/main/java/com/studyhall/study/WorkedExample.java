package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.SectionItem;
import jakarta.persistence.Entity;

/** An example, optionally with a program that opens in the memory lab. */
@Entity
public class WorkedExample extends SectionItem {

    private String title;

    private String body;

    private String scenarioTitle;

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
