package com.studyhall.assessment;

/** How a mock test is drawn, timed and marked. */
public record TestSettings(int questionsPerAttempt, boolean shuffleQuestions, boolean shuffleOptions,
                           int timeLimitMinutes, int attemptsAllowed, int passMarkPercent,
                           FeedbackTiming feedback) {
}
