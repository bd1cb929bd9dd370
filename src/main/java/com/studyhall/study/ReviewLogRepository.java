package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Grades by learner, newest last. */
interface ReviewLogRepository extends JpaRepository<ReviewLog, Long> {

    Optional<ReviewLog> findFirstByUserIdOrderByIdDesc(long userId);

    List<ReviewLog> findByUserIdAndReviewedAtGreaterThanEqual(long userId, Instant since);

    /** When each grade since the instant was given, for the statistics page's calendar. */
    @Query("select r.reviewedAt from ReviewLog r where r.userId = :user and r.reviewedAt >= :since")
    List<Instant> reviewTimes(@Param("user") long userId, @Param("since") Instant since);
}
