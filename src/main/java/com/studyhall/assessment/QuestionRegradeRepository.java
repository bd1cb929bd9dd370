package com.studyhall.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

/** The record of who regraded which corrected version, and when. */
public interface QuestionRegradeRepository extends JpaRepository<QuestionRegrade, Long> {
}
