package com.studyhall.assessment;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Computes a predict-the-output question's answer whenever the question is saved, whoever saves
 * it (the bundle importer, the studio). Hibernate creates it through Spring, which injects the
 * oracle when there is one.
 */
class ExpectedOutputListener {

    private final ObjectProvider<OutputOracle> oracle;

    ExpectedOutputListener(ObjectProvider<OutputOracle> oracle) {
        this.oracle = oracle;
    }

    @PrePersist
    @PreUpdate
    void computeExpectedOutput(Question question) {
        oracle.ifAvailable(current -> ExpectedOutputs.fill(question, current));
    }
}
