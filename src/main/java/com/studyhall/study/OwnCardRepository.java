package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

/** A learner's own cards. */
interface OwnCardRepository extends JpaRepository<OwnCard, Long> {

    List<OwnCard> findByUserIdAndSectionIdInOrderById(long userId, Collection<Long> sectionIds);
}
