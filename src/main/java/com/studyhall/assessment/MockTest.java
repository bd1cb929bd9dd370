package com.studyhall.assessment;

import com.studyhall.catalog.Section;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;

/** A section's mock-test settings; the questions are the section's question bank. */
@Entity
public class MockTest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    private int questionsPerAttempt;

    private boolean shuffleQuestions;

    private boolean shuffleOptions;

    private int timeLimitMinutes;

    private int attemptsAllowed;

    private int passMarkPercent;

    @Enumerated(EnumType.STRING)
    private FeedbackTiming feedback;

    @Version
    private long version;

    protected MockTest() {
    }

    public MockTest(Section section, TestSettings settings) {
        this.section = section;
        apply(settings);
    }

    public void apply(TestSettings settings) {
        this.questionsPerAttempt = settings.questionsPerAttempt();
        this.shuffleQuestions = settings.shuffleQuestions();
        this.shuffleOptions = settings.shuffleOptions();
        this.timeLimitMinutes = settings.timeLimitMinutes();
        this.attemptsAllowed = settings.attemptsAllowed();
        this.passMarkPercent = settings.passMarkPercent();
        this.feedback = settings.feedback();
    }

    public TestSettings settings() {
        return new TestSettings(questionsPerAttempt, shuffleQuestions, shuffleOptions, timeLimitMinutes,
                attemptsAllowed, passMarkPercent, feedback);
    }

    public Long getId() {
        return id;
    }

    public Section getSection() {
        return section;
    }

    public long getVersion() {
        return version;
    }
}
