package com.studyhall.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Regrades and the attempts each one went over. */
public interface RegradeRepository extends JpaRepository<RegradedAttempt, Long> {

    @Query("select r from RegradedAttempt r join fetch r.regrade where r.attemptId = :attemptId order by r.id")
    List<RegradedAttempt> findByAttempt(@Param("attemptId") long attemptId);

    @Query("select r from RegradedAttempt r join fetch r.regrade g where g.id = :regradeId order by r.attemptId")
    List<RegradedAttempt> findByRegrade(@Param("regradeId") long regradeId);
}
