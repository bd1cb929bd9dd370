package com.studyhall.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** The immutable versions of bank questions. */
public interface QuestionVersionRepository extends JpaRepository<QuestionVersion, Long> {

    Optional<QuestionVersion> findFirstByQuestionIdOrderByIdDesc(long questionId);
}
