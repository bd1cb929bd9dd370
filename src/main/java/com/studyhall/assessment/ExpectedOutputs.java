package com.studyhall.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Keeps the expected answers of predict-the-output questions in step with the engine: after each
 * start (the authoring module's {@code StartupContent} calls {@link #refreshStale()}) every question
 * computed by another engine version (or never computed) is run again.
 * Saving a question recomputes it as well, through {@link ExpectedOutputListener}. Without an
 * {@link OutputOracle} nothing is computed and nothing is guessed.
 */
@Service
public class ExpectedOutputs {

    private static final Logger log = LoggerFactory.getLogger(ExpectedOutputs.class);

    private final ObjectProvider<OutputOracle> oracle;
    private final QuestionRepository questions;

    ExpectedOutputs(ObjectProvider<OutputOracle> oracle, QuestionRepository questions) {
        this.oracle = oracle;
        this.questions = questions;
    }

    /** The engine version answers must come from, or empty while no engine is plugged in. */
    public Optional<String> engineVersion() {
        OutputOracle current = oracle.getIfAvailable();
        return current == null ? Optional.empty() : Optional.of(current.engineVersion());
    }

    @Transactional
    public int refreshStale() {
        OutputOracle current = oracle.getIfAvailable();
        if (current == null) {
            log.info("No simulation engine available: predict-the-output questions wait for it");
            return 0;
        }
        int refreshed = 0;
        for (Question question : questions.findByType(QuestionType.PREDICT_OUTPUT)) {
            if (fill(question, current)) {
                refreshed++;
            }
        }
        log.info("Predict-the-output answers computed by engine {}: {} refreshed", current.engineVersion(), refreshed);
        return refreshed;
    }

    /**
     * Why the engine refuses to answer for this program (its own message, with the line where it
     * says one), or empty when it answers or no engine is plugged in. The studio asks before it
     * saves, so a program without a faithful answer is refused instead of stored as awaiting.
     */
    public Optional<String> refusal(String code) {
        OutputOracle current = oracle.getIfAvailable();
        if (current == null || code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            current.run(code);
            return Optional.empty();
        } catch (RuntimeException refused) {
            return Optional.of(String.valueOf(refused.getMessage()));
        }
    }

    /** Computes the question's answer when it is missing or from another engine version. */
    static boolean fill(Question question, OutputOracle oracle) {
        String version = oracle.engineVersion();
        if (!question.needsOutputFrom(version)) {
            return false;
        }
        try {
            question.setComputedOutput(oracle.run(question.getCode()).printed(), version);
            return true;
        } catch (RuntimeException engineFailure) {
            // Better a question left out of attempts than one graded against a guess.
            log.warn("Engine {} could not run question {}: {}", version, question.getId(), engineFailure.toString());
            return false;
        }
    }
}
