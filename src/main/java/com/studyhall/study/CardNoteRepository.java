package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

/** A learner's notes on cards. */
interface CardNoteRepository extends JpaRepository<CardNote, Long> {

    Optional<CardNote> findByUserIdAndCardKindAndItemId(long userId, CardKind cardKind, long itemId);

    List<CardNote> findByUserId(long userId);
}
