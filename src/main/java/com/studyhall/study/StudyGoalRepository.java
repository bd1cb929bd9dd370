package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;

/** Daily goals by learner id. */
interface StudyGoalRepository extends JpaRepository<StudyGoal, Long> {
}
