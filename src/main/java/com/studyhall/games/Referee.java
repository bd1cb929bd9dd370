package com.studyhall.games;

import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what a game's script posts into a score, refusing what no honest game could produce:
 * fewer moves than pairs, typing faster than anyone can, answers to cards the section lacks.
 */
@Component
class Referee {

    /** Faster than the fastest typists on record, so only a script could post it. */
    static final int MAX_WPM = 250;
    static final int MAX_SECONDS = 3600;
    static final int MAX_MOVES = 1000;

    private final GameDecks decks;

    Referee(GameDecks decks) {
        this.decks = decks;
    }

    GameScore memory(long sectionId, MemoryResult result) {
        int pairs = decks.memoryPairCount(sectionId);
        require(pairs > 0, "This section has no cards to match.");
        require(result.pairs() == pairs, "This section's memory match has " + pairs + " pairs, not " + result.pairs() + ".");
        require(result.moves() >= pairs, pairs + " pairs take at least " + pairs + " moves; " + result.moves() + " is impossible.");
        require(result.moves() <= MAX_MOVES, "At most " + MAX_MOVES + " moves are counted.");
        require(result.seconds() >= 1 && result.seconds() <= MAX_SECONDS, "The time must be 1 to " + MAX_SECONDS + " seconds.");
        return new GameScore(result.moves(), result.seconds());
    }

    /** Words per minute of correct characters (five to a word) and the share of the text typed right. */
    GameScore typing(long sectionId, TypingResult result) {
        GameDecks.TypingText text = decks.typingText(sectionId, result.text())
                .orElseThrow(() -> new ImpossibleResultException("No typing text " + result.text() + " in this section."));
        String typed = result.typed() == null ? "" : result.typed();
        require(!typed.isEmpty(), "Nothing was typed.");
        require(typed.length() <= text.text().length(), "More was typed than the text holds.");
        require(result.millis() >= 1000 && result.millis() <= MAX_SECONDS * 1000L, "The time must be 1 s to one hour.");
        int correct = 0;
        for (int i = 0; i < typed.length(); i++) {
            correct += typed.charAt(i) == text.text().charAt(i) ? 1 : 0;
        }
        int wpm = (int) Math.round(correct / 5.0 / (result.millis() / 60_000.0));
        require(wpm <= MAX_WPM, wpm + " words per minute is faster than anyone types.");
        return new GameScore(wpm, (int) Math.floor(100.0 * correct / text.text().length()));
    }

    /** Right and wrong answers; each card of the section at most once, each choice a card of the course. */
    GameScore quiz(long sectionId, long courseId, QuizResult result) {
        List<QuizResult.Choice> answers = result.answers() == null ? List.of() : result.answers();
        require(!answers.isEmpty(), "A quiz result needs at least one answer.");
        Set<String> asked = new HashSet<>();
        Set<String> section = new HashSet<>(decks.sectionCards(sectionId).stream().map(GameCard::key).toList());
        Set<String> course = decks.courseKeys(courseId);
        int right = 0;
        for (QuizResult.Choice answer : answers) {
            require(section.contains(answer.card()), "Card " + answer.card() + " is not one of this section's cards.");
            require(asked.add(answer.card()), "Card " + answer.card() + " is answered twice.");
            require(course.contains(answer.choice()),
                    "Choice " + answer.choice() + " is not a card of this course.");
            right += answer.card().equals(answer.choice()) ? 1 : 0;
        }
        return new GameScore(right, answers.size() - right);
    }

    private static void require(boolean condition, String refusal) {
        if (!condition) {
            throw new ImpossibleResultException(refusal);
        }
    }

    record MemoryResult(int pairs, int moves, int seconds) {
    }

    record TypingResult(String text, String typed, long millis) {
    }

    record QuizResult(List<Choice> answers) {
        record Choice(String card, String choice) {
        }
    }
}
