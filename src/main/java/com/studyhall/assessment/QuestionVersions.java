package com.studyhall.assessment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Hands out the version of a bank question as it is now: the latest one when nothing changed
 * since, a new one otherwise. Versions are taken when a question is first drawn and again at the
 * first draw after every change, whichever editor or import made it. Two draws racing on a
 * changed question may both write a version; both say the same, so either is right.
 */
@Component
public class QuestionVersions {

    private final QuestionVersionRepository versions;
    private final Clock clock;

    QuestionVersions(QuestionVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** The question must be flushed, so its options have their ids. */
    @Transactional(propagation = Propagation.MANDATORY)
    public QuestionVersion current(Question question) {
        return versions.findFirstByQuestionIdOrderByIdDesc(question.getId())
                .filter(latest -> latest.matches(question))
                .orElseGet(() -> versions.save(QuestionVersion.of(question, clock.instant())));
    }
}
