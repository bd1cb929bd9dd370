package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

/** Daily limits by learner and course. */
interface ReviewSettingsRepository extends JpaRepository<ReviewSettings, Long> {

    Optional<ReviewSettings> findByUserIdAndCourseId(long userId, long courseId);
}
