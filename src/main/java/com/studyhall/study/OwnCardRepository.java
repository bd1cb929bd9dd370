package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;

/** A learner's own cards. */
interface OwnCardRepository extends JpaRepository<OwnCard, Long> {
}
