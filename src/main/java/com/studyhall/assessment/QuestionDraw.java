package com.studyhall.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Picks an attempt's questions from the bank as the settings say: a random sample of
 * {@code questionsPerAttempt} (all of them when the bank is smaller), in bank order unless
 * questions are shuffled, each with its options shuffled when options are.
 */
final class QuestionDraw {

    record Drawn(Question question, List<Long> optionOrder) {
    }

    private QuestionDraw() {
    }

    static List<Drawn> draw(List<Question> ready, TestSettings settings, Random random) {
        List<Question> pool = new ArrayList<>(ready);
        Collections.shuffle(pool, random);
        List<Question> chosen = new ArrayList<>(pool.subList(0, Math.min(settings.questionsPerAttempt(), pool.size())));
        if (!settings.shuffleQuestions()) {
            chosen.sort(Comparator.comparingInt(Question::getPosition));
        }
        return chosen.stream().map(question -> new Drawn(question, optionOrder(question, settings, random))).toList();
    }

    private static List<Long> optionOrder(Question question, TestSettings settings, Random random) {
        List<Long> ids = new ArrayList<>(question.getOptions().stream().map(QuestionOption::getId).toList());
        // A matching question's right side is always shuffled: in the authored order it would give the pairs away.
        if (settings.shuffleOptions() || question.getType() == QuestionType.MATCHING) {
            Collections.shuffle(ids, random);
        }
        return ids;
    }
}
