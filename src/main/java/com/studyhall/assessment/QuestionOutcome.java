package com.studyhall.assessment;

/** Whether one closed attempt got one question right: the raw material of item statistics. */
public record QuestionOutcome(Long attemptId, Long questionId, Boolean correct) {
}
