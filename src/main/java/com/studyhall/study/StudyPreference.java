package com.studyhall.study;

import com.studyhall.accounts.LearnerOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A learner's study settings, kept on the server so they follow the learner to every device. */
@Entity
class StudyPreference implements LearnerOwned {

    @Id
    private Long userId;

    @Enumerated(EnumType.STRING)
    private SummaryLevel summaryLevel;

    @Version
    private Long version;

    protected StudyPreference() {
    }

    StudyPreference(long userId, SummaryLevel summaryLevel) {
        this.userId = userId;
        this.summaryLevel = summaryLevel;
    }

    SummaryLevel getSummaryLevel() {
        return summaryLevel;
    }

    void setSummaryLevel(SummaryLevel summaryLevel) {
        this.summaryLevel = summaryLevel;
    }

    @Override
    public long learnerId() {
        return userId;
    }
}
