package com.studyhall.study;

/**
 * How far one learner has come in one section. {@code bestScore} is a percentage, or null when
 * no mock test has been attempted.
 */
public record SectionProgress(long sectionId, int partsDone, int parts, boolean summaryRead, boolean hasSummary,
                              int chaptersRead, int chapters, int cardsLearned, int cardsDue, int cardsNew, int cards,
                              Integer bestScore) {

    /** Steps completed: each lesson part, the summary, each chapter and each learned card count one. */
    public int done() {
        return Math.min(partsDone, parts) + (summaryRead && hasSummary ? 1 : 0) + Math.min(chaptersRead, chapters)
                + Math.min(cardsLearned, cards);
    }

    public int total() {
        return parts + (hasSummary ? 1 : 0) + chapters + cards;
    }

    public int percent() {
        return total() == 0 ? 0 : (int) Math.floor(100.0 * done() / total());
    }
}
