package com.studyhall.study.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Free Spaced Repetition Scheduler, FSRS-6, with its default parameters, short-term
 * learning steps (1 and 10 minutes; 10 minutes to relearn) and no interval fuzz.
 *
 * <p>Written from the published formulas (open-spaced-repetition, "The Algorithm" in the
 * fsrs4anki wiki) and checked number for number against ts-fsrs 5.4.2, the maintained reference
 * implementation (see FsrsTests). Like the reference, every intermediate value is rounded to 8
 * decimals, and the days elapsed since the last review are counted in UTC calendar days.
 *
 * <p>Pure and thread-safe: no clock, no I/O. Callers pass the review time.
 */
public final class Fsrs {

    /** FSRS-6 default weights w0..w20 (ts-fsrs {@code default_w}). */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
    public static final double DEFAULT_RETENTION = 0.9;
    public static final int MAXIMUM_INTERVAL_DAYS = 36_500;
    static final List<Integer> LEARNING_STEPS_MINUTES = List.of(1, 10);
    static final List<Integer> RELEARNING_STEPS_MINUTES = List.of(10);

    private static final double S_MIN = 0.001;
    private static final double S_MAX = 36_500;

    private final double[] w;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    public Fsrs() {
        this(DEFAULT_RETENTION);
    }

    /** FSRS with the default weights and the given desired retention (0 < r ≤ 1). */
    public Fsrs(double requestRetention) {
        if (!(requestRetention > 0 && requestRetention <= 1)) {
            throw new IllegalArgumentException("retention must be in (0, 1]: " + requestRetention);
        }
        this.w = DEFAULT_WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
        this.decay = -w[20];
        // R(t, S) = (1 + FACTOR * t / S)^DECAY, with FACTOR chosen so that R(S, S) = 0.9.
        this.factor = round8(Math.exp(Math.log(0.9) / decay) - 1);
        this.intervalModifier = round8((Math.pow(requestRetention, 1 / decay) - 1) / factor);
    }

    /** The memory state after grading the card at {@code now}. */
    public Memory review(Memory card, Instant now, Grade grade) {
        return preview(card, now).get(grade);
    }

    /** What each of the four grades would do to the card at {@code now}, for the grade buttons. */
    public Map<Grade, Memory> preview(Memory card, Instant now) {
        int elapsedDays = card.phase() == Phase.NEW || card.lastReview() == null ? 0
                : (int) ChronoUnit.DAYS.between(utcDate(card.lastReview()), utcDate(now));
        Memory current = card.with(card.phase(), card.stability(), card.difficulty(), card.due(), now,
                card.scheduledDays(), card.learningStep(), card.reps() + 1, card.lapses());
        Map<Grade, Memory> next = new EnumMap<>(Grade.class);
        if (card.phase() == Phase.REVIEW) {
            previewReview(current, now, elapsedDays, next);
        } else {
            Phase stepsPhase = card.phase() == Phase.NEW ? Phase.LEARNING : card.phase();
            for (Grade grade : Grade.values()) {
                double[] ds = nextState(current, elapsedDays, grade, Double.NaN);
                next.put(grade, applySteps(current, ds, grade, stepsPhase, now));
            }
        }
        return next;
    }

    /** Probability of recalling a card with this stability after the given days. */
    public double retrievability(double elapsedDays, double stability) {
        return round8(Math.pow(1 + factor * elapsedDays / stability, decay));
    }

    private void previewReview(Memory current, Instant now, int elapsedDays, Map<Grade, Memory> next) {
        double r = retrievability(elapsedDays, current.stability());
        double[] again = nextState(current, elapsedDays, Grade.AGAIN, r);
        double[] hard = nextState(current, elapsedDays, Grade.HARD, r);
        double[] good = nextState(current, elapsedDays, Grade.GOOD, r);
        double[] easy = nextState(current, elapsedDays, Grade.EASY, r);
        // The buttons must read in order: Hard never beyond Good, Easy always beyond Good.
        int hardDays = Math.min(nextInterval(hard[0]), nextInterval(good[0]));
        int goodDays = Math.max(nextInterval(good[0]), hardDays + 1);
        int easyDays = Math.max(nextInterval(easy[0]), goodDays + 1);
        next.put(Grade.HARD, scheduled(current, hard, now, hardDays));
        next.put(Grade.GOOD, scheduled(current, good, now, goodDays));
        next.put(Grade.EASY, scheduled(current, easy, now, easyDays));
        Memory lapsed = applySteps(current, again, Grade.AGAIN, Phase.REVIEW, now);
        next.put(Grade.AGAIN, lapsed.with(lapsed.phase(), lapsed.stability(), lapsed.difficulty(), lapsed.due(),
                now, lapsed.scheduledDays(), lapsed.learningStep(), lapsed.reps(), lapsed.lapses() + 1));
    }

    private static Memory scheduled(Memory current, double[] ds, Instant now, int days) {
        return current.with(Phase.REVIEW, ds[0], ds[1], now.plus(Duration.ofDays(days)), now, days, 0,
                current.reps(), current.lapses());
    }

    /**
     * Short-term steps: a new or (re)learning card, or a lapsed review card, waits minutes rather
     * than days until it has passed its steps; then it graduates to an interval from its stability.
     */
    private Memory applySteps(Memory current, double[] ds, Grade grade, Phase phase, Instant now) {
        int[] step = stepFor(phase, current.learningStep(), grade);
        int minutes = step[0];
        if (minutes > 0 && minutes < 1440) {
            Phase to = phase == Phase.REVIEW ? Phase.RELEARNING : phase;
            return current.with(to, ds[0], ds[1], now.plus(Duration.ofMinutes(minutes)), now, 0, step[1],
                    current.reps(), current.lapses());
        }
        if (minutes >= 1440) {
            return current.with(Phase.REVIEW, ds[0], ds[1], now.plus(Duration.ofMinutes(minutes)), now,
                    minutes / 1440, step[1], current.reps(), current.lapses());
        }
        return scheduled(current, ds, now, nextInterval(ds[0]));
    }

    /** {minutes, next step index} for the grade, or {0, 0} when the steps are over. */
    private static int[] stepFor(Phase phase, int currentStep, Grade grade) {
        List<Integer> steps = phase == Phase.LEARNING ? LEARNING_STEPS_MINUTES : RELEARNING_STEPS_MINUTES;
        if (steps.isEmpty() || currentStep >= steps.size()) {
            return new int[] {0, 0};
        }
        if (phase == Phase.REVIEW) {
            return grade == Grade.AGAIN ? new int[] {steps.get(currentStep), 0} : new int[] {0, 0};
        }
        return switch (grade) {
            case AGAIN -> new int[] {steps.get(0), 0};
            case HARD -> new int[] {steps.size() == 1 ? (int) Math.round(steps.get(0) * 1.5)
                    : (int) Math.round((steps.get(0) + steps.get(1)) / 2.0), currentStep};
            case GOOD -> currentStep + 1 < steps.size() ? new int[] {steps.get(currentStep + 1), currentStep + 1}
                    : new int[] {0, 0};
            case EASY -> new int[] {0, 0};
        };
    }

    /** {stability, difficulty} after the grade; {@code r} is the retrievability, or NaN to compute it. */
    double[] nextState(Memory card, int elapsedDays, Grade grade, double r) {
        double d = card.difficulty();
        double s = card.stability();
        int g = grade.value();
        if (d == 0 && s == 0) {
            return new double[] {Math.max(w[g - 1], 0.1), clamp(initDifficulty(g), 1, 10)};
        }
        double recall = Double.isNaN(r) ? retrievability(elapsedDays, s) : r;
        double stability;
        if (elapsedDays == 0) {
            stability = shortTermStability(s, g);
        } else if (grade == Grade.AGAIN) {
            // After a lapse stability may not exceed what a same-day Again would leave.
            double floor = round8(s / Math.exp(w[17] * w[18]));
            stability = Math.min(Math.max(floor, S_MIN), forgetStability(d, s, recall));
        } else {
            stability = recallStability(d, s, recall, g);
        }
        return new double[] {stability, nextDifficulty(d, g)};
    }

    private double initDifficulty(int g) {
        return round8(w[4] - Math.exp((g - 1) * w[5]) + 1);
    }

    /** D' = w7·D0(Easy) + (1 − w7)·(D + ΔD·(10 − D)/9), ΔD = −w6·(G − 3): linear damping, then mean reversion. */
    private double nextDifficulty(double d, int g) {
        double delta = -w[6] * (g - 3);
        double damped = d + round8(delta * (10 - d) / 9);
        return clamp(round8(w[7] * initDifficulty(Grade.EASY.value()) + (1 - w[7]) * damped), 1, 10);
    }

    /** S'r = S·(1 + e^w8·(11 − D)·S^−w9·(e^(w10·(1 − R)) − 1)·w15[Hard]·w16[Easy]). */
    private double recallStability(double d, double s, double r, int g) {
        double hardPenalty = g == Grade.HARD.value() ? w[15] : 1;
        double easyBonus = g == Grade.EASY.value() ? w[16] : 1;
        double growth = Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1);
        return round8(clamp(s * (1 + growth * hardPenalty * easyBonus), S_MIN, S_MAX));
    }

    /** S'f = w11·D^−w12·((S + 1)^w13 − 1)·e^(w14·(1 − R)). */
    private double forgetStability(double d, double s, double r) {
        double value = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        return round8(clamp(value, S_MIN, S_MAX));
    }

    /** Same-day review: S' = S·S^−w19·e^(w17·(G − 3 + w18)), never shrinking on a pass. */
    private double shortTermStability(double s, int g) {
        double increase = Math.pow(s, -w[19]) * Math.exp(w[17] * (g - 3 + w[18]));
        if (g >= Grade.HARD.value()) {
            increase = Math.max(increase, 1);
        }
        return round8(clamp(s * increase, S_MIN, S_MAX));
    }

    /** Days until recall probability falls to the desired retention, at least 1. */
    int nextInterval(double stability) {
        long days = Math.round(stability * intervalModifier);
        return (int) Math.min(Math.max(1, days), MAXIMUM_INTERVAL_DAYS);
    }

    private static java.time.LocalDate utcDate(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    private static double round8(double value) {
        return Math.round(value * 1e8) / 1e8;
    }
}
