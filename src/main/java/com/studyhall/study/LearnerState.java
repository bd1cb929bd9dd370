package com.studyhall.study;

import java.util.Set;

/** What one learner has done in the section on screen. */
public record LearnerState(Set<Long> doneParts, Set<Long> readChapters, boolean summaryRead, SummaryLevel summaryLevel,
                           SectionProgress progress) {

    public boolean partDone(long partId) {
        return doneParts.contains(partId);
    }

    public boolean chapterRead(long chapterId) {
        return readChapters.contains(chapterId);
    }

    public boolean level(String key) {
        return summaryLevel.key().equals(key);
    }
}
