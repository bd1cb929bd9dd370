package com.studyhall.games;

import java.util.Comparator;

/**
 * The four games. Each result is two numbers; the game says which of two results is better and
 * how a learner reads them.
 */
public enum GameKind {
    MEMORY_MATCH("memory-match", "Memory match", "Turn the cards two at a time and find each term's definition.",
            "%d moves in %d s", lower(GameScore::first).thenComparing(lower(GameScore::second))),
    TYPING("typing", "Typing drill", "Type a key concept or an example's code; speed and accuracy are counted.",
            "%d wpm at %d%% accuracy", higher(GameScore::first).thenComparing(higher(GameScore::second))),
    QUICK_FIRE("quick-fire", "Quick-fire quiz", "Sixty seconds of four-option questions from the flashcards.",
            "%d right, %d wrong", higher(GameScore::first).thenComparing(lower(GameScore::second))),
    REFCOUNT_SPRINT("refcount-sprint", "Refcount sprint",
            "A program appears line by line: say each object's reference count, or whether it is freed.",
            "%d points, best streak %d", higher(GameScore::first).thenComparing(higher(GameScore::second)));

    private final String slug;
    private final String title;
    private final String blurb;
    private final String format;
    /** Orders results from worse to better. */
    private final Comparator<GameScore> order;

    GameKind(String slug, String title, String blurb, String format, Comparator<GameScore> order) {
        this.slug = slug;
        this.title = title;
        this.blurb = blurb;
        this.format = format;
        this.order = order;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String blurb() {
        return blurb;
    }

    /** Whether {@code candidate} beats {@code best}; a tie keeps the older result. */
    boolean beats(GameScore candidate, GameScore best) {
        return order.compare(candidate, best) > 0;
    }

    /** The result as a learner reads it, such as "14 moves in 52 s". */
    String describe(GameScore score) {
        return String.format(format, score.first(), score.second());
    }

    private static Comparator<GameScore> higher(java.util.function.ToIntFunction<GameScore> part) {
        return Comparator.comparingInt(part);
    }

    private static Comparator<GameScore> lower(java.util.function.ToIntFunction<GameScore> part) {
        return Comparator.comparingInt(part).reversed();
    }
}
