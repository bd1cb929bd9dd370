package com.studyhall.catalog;

import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A deliberately plain estimate: the lessons listened to at 150 words a minute, the summaries read
 * at 230, 20 seconds a card and a minute a question. A finer estimate replaces this bean.
 */
@Component
class WordRateTimeEstimate implements CourseTimeEstimate {

    static final double SPOKEN_WORDS_PER_MINUTE = 150;
    static final double READ_WORDS_PER_MINUTE = 230;
    static final int SECONDS_PER_CARD = 20;
    static final int SECONDS_PER_QUESTION = 60;

    @Override
    public Duration of(CourseMaterial.Totals m) {
        double seconds = m.spokenWords() * 60 / SPOKEN_WORDS_PER_MINUTE + m.readWords() * 60 / READ_WORDS_PER_MINUTE
                + m.cards() * SECONDS_PER_CARD + m.questions() * SECONDS_PER_QUESTION;
        return Duration.ofSeconds(Math.round(seconds));
    }
}
