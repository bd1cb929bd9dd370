package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;

/** Study settings by learner id. */
interface StudyPreferenceRepository extends JpaRepository<StudyPreference, Long> {
}
