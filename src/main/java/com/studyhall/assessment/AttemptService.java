package com.studyhall.assessment;

import com.studyhall.catalog.Viewer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The attempt lifecycle: start, save answers, submit, expire. The server's clock is the only one
 * that counts: an answer is taken only while the attempt is open and before its deadline.
 */
@Service
public class AttemptService {

    private static final int START_TRIES = 3;

    private final TestAccess access;
    private final TestAttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final QuestionRepository questions;
    private final ExpectedOutputs expectedOutputs;
    private final QuestionVersions versions;
    private final AttemptCloser closer;
    private final LearnerOverrideRepository overrides;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Random random = new SecureRandom();

    AttemptService(TestAccess access, TestAttemptRepository attempts, AttemptQuestionRepository attemptQuestions,
                   QuestionRepository questions, ExpectedOutputs expectedOutputs, QuestionVersions versions,
                   AttemptCloser closer, LearnerOverrideRepository overrides, PlatformTransactionManager transactions,
                   Clock clock) {
        this.access = access;
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.questions = questions;
        this.expectedOutputs = expectedOutputs;
        this.versions = versions;
        this.closer = closer;
        this.overrides = overrides;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Starts a new attempt, or returns the open one. Two starts at once both try the next attempt
     * number; the unique key lets one in, and the other retries and finds it open.
     */
    public long start(String courseSlug, String sectionSlug, Viewer viewer) {
        for (int tryNumber = 1; ; tryNumber++) {
            try {
                return transaction.execute(status -> startOnce(courseSlug, sectionSlug, viewer));
            } catch (DataIntegrityViolationException sameNumberTakenConcurrently) {
                if (tryNumber == START_TRIES) {
                    throw sameNumberTakenConcurrently;
                }
            }
        }
    }

    private long startOnce(String courseSlug, String sectionSlug, Viewer viewer) {
        var found = access.find(courseSlug, sectionSlug, viewer);
        MockTest test = found.test();
        long sectionId = found.section().getId();
        Instant now = clock.instant();
        List<TestAttempt> mine = attempts.findByMockTestIdAndLearnerIdOrderByAttemptNumberDesc(test.getId(), viewer.userId());
        for (TestAttempt attempt : mine) {
            if (attempt.isOverdue(now)) {
                closer.closeAndGrade(attempt.getId(), AttemptStatus.EXPIRED, now);
            } else if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
                return attempt.getId();
            }
        }
        TestSettings settings = test.settings();
        Allowance allowance = overrides.allowance(test.getId(), viewer.userId());
        int allowed = allowance.attemptsAllowed(settings);
        if (mine.size() >= allowed) {
            throw new CannotStartException("You have used all " + allowed + " attempts of this test.");
        }
        String engine = expectedOutputs.engineVersion().orElse(null);
        List<Question> ready = questions.findBySectionIdOrderByPosition(sectionId).stream()
                .filter(question -> question.isReadyFor(engine)).toList();
        if (ready.isEmpty()) {
            throw new CannotStartException("This test has no questions ready yet.");
        }
        List<QuestionDraw.Drawn> drawn = QuestionDraw.draw(ready, settings, random);
        // The attempt keeps the versions drawn, so later edits of the bank cannot reach it.
        List<QuestionVersion> drawnVersions = drawn.stream().map(d -> versions.current(d.question())).toList();
        int maxPoints = drawnVersions.stream().mapToInt(QuestionVersion::getPoints).sum();
        TestAttempt attempt = attempts.saveAndFlush(new TestAttempt(test, viewer.userId(), mine.size() + 1, now, maxPoints, allowance));
        for (int i = 0; i < drawn.size(); i++) {
            attemptQuestions.save(new AttemptQuestion(attempt, drawnVersions.get(i), i + 1, drawn.get(i).optionOrder()));
        }
        attemptQuestions.flush();
        return attempt.getId();
    }

    /** Saves one answer (values: the chosen option ids, or one text), whatever was saved before. */
    @Transactional // a call inside this class skips the proxy: the overload's annotation would not apply
    public AnswerSaved saveAnswer(long attemptId, Viewer viewer, int position, List<String> values) {
        return saveAnswer(attemptId, viewer, position, values, null);
    }

    /**
     * Saves one answer. With a sequence number ({@code seq}, rising with every edit on the page)
     * the answer is applied only if it is newer than the saved one: an autosave that left the page
     * before a later one but arrives after it is SUPERSEDED, and the newer answer stays.
     */
    @Transactional
    public AnswerSaved saveAnswer(long attemptId, Viewer viewer, int position, List<String> values, Long seq) {
        Instant now = clock.instant();
        TestAttempt attempt = attempts.ownedBy(attemptId, viewer);
        AttemptQuestion row = attemptQuestions.findOne(attemptId, position)
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
        String answer = AnswerFormat.encode(row, values);
        if (attempts.lockIfOpen(attemptId, now) == 0) {
            return refuse(attempt, now);
        }
        attempts.rememberPosition(attemptId, position);
        boolean applied = write(attemptId, position, answer, seq, now);
        return new AnswerSaved(applied ? AnswerSaved.Outcome.SAVED : AnswerSaved.Outcome.SUPERSEDED, secondsLeft(attempt, now));
    }

    @Transactional // as above: the overload it calls is not reached through the proxy
    public AnswerSaved saveAnswers(long attemptId, Viewer viewer, Map<Integer, List<String>> answers) {
        return saveAnswers(attemptId, viewer, answers, null);
    }

    /**
     * Saves the answers of a posted sheet. Only positions present are touched; a present position
     * with blank values (the sheet sends an empty field per question) is saved as unanswered. The
     * page's script adds the sequence number it reached, so what was on the screen when the sheet
     * was posted wins over any autosave still on its way.
     */
    @Transactional
    public AnswerSaved saveAnswers(long attemptId, Viewer viewer, Map<Integer, List<String>> answers, Long seq) {
        Instant now = clock.instant();
        TestAttempt attempt = attempts.ownedBy(attemptId, viewer);
        Map<Integer, String> encoded = new java.util.HashMap<>();
        attemptQuestions.findByAttempt(attemptId).stream().filter(row -> answers.containsKey(row.getPosition()))
                .forEach(row -> encoded.put(row.getPosition(), AnswerFormat.encode(row, answers.get(row.getPosition()))));
        if (attempts.lockIfOpen(attemptId, now) == 0) {
            return refuse(attempt, now);
        }
        encoded.forEach((position, answer) -> write(attemptId, position, answer, seq, now));
        return new AnswerSaved(AnswerSaved.Outcome.SAVED, secondsLeft(attempt, now));
    }

    private boolean write(long attemptId, int position, String answer, Long seq, Instant now) {
        return (seq == null ? attemptQuestions.saveAnswer(attemptId, position, answer, now)
                : attemptQuestions.saveAnswerIfNewer(attemptId, position, answer, seq, now)) > 0;
    }

    /**
     * Closes the attempt and grades it. Submitting again, or after the clock closed it, changes
     * nothing; true only for the request that closed it. After the deadline it closes as expired.
     */
    @Transactional
    public boolean submit(long attemptId, Viewer viewer) {
        Instant now = clock.instant();
        TestAttempt attempt = attempts.ownedBy(attemptId, viewer);
        AttemptStatus closedAs = now.isBefore(attempt.getDeadline()) ? AttemptStatus.SUBMITTED : AttemptStatus.EXPIRED;
        return closer.closeAndGrade(attemptId, closedAs, now);
    }

    /** Closes and grades every open attempt past its deadline; returns how many it closed. */
    public int expireOverdue() {
        Instant now = clock.instant();
        int closed = 0;
        for (long id : attempts.findOverdueIds(now)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> closer.closeAndGrade(id, AttemptStatus.EXPIRED, now)))) {
                closed++;
            }
        }
        return closed;
    }

    private AnswerSaved refuse(TestAttempt attempt, Instant now) {
        if (closer.closeAndGrade(attempt.getId(), AttemptStatus.EXPIRED, now) || !now.isBefore(attempt.getDeadline())) {
            return new AnswerSaved(AnswerSaved.Outcome.LATE, 0);
        }
        return new AnswerSaved(AnswerSaved.Outcome.CLOSED, 0);
    }


    private static long secondsLeft(TestAttempt attempt, Instant now) {
        return Math.max(0, Duration.between(now, attempt.getDeadline()).toSeconds());
    }
}
