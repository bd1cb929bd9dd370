package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** Suspended and buried cards by learner. */
interface CardFlagRepository extends JpaRepository<CardFlag, Long> {

    List<CardFlag> findByUserId(long userId);

    Optional<CardFlag> findByUserIdAndCardKindAndItemId(long userId, CardKind cardKind, long itemId);
}
