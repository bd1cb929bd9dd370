package com.studyhall.assessment;

/**
 * One of a short or numeric answer's graded answers, as Moodle keeps them: the text (for a numeric
 * answer the number, read with its {@code tolerance}), the credit it earns in percent and what the
 * review says to a learner whose answer it matched. {@value #ANY} stands for any other answer.
 */
record GradedAnswer(String text, double credit, Double tolerance, String feedback) {

    static final String ANY = "*";

    boolean anyOther() {
        return ANY.equals(text.strip());
    }

    boolean fullCredit() {
        return credit >= 100;
    }

    static GradedAnswer of(QuestionVersion.VersionOption option) {
        double credit = option.getCredit() != null ? option.getCredit() : option.isCorrect() ? 100 : 0;
        return new GradedAnswer(option.getText(), credit, option.getTolerance(), option.getFeedback());
    }
}
