package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Card memory states by learner. */
interface CardScheduleRepository extends JpaRepository<CardSchedule, Long> {

    Optional<CardSchedule> findByUserIdAndCardKindAndItemId(long userId, CardKind cardKind, long itemId);

    List<CardSchedule> findByUserIdAndSectionIdIn(long userId, Collection<Long> sectionIds);
}
