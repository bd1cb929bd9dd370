package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Card memory states by learner. */
interface CardScheduleRepository extends JpaRepository<CardSchedule, Long> {

    Optional<CardSchedule> findByUserIdAndCardKindAndItemId(long userId, CardKind cardKind, long itemId);

    /** Rows of (learner id, latest review). */
    @Query("""
            select c.userId, max(c.lastReviewAt) from CardSchedule c
            where c.userId in :learners and c.sectionId in :sections group by c.userId""")
    List<Object[]> lastReviewedAt(@Param("learners") Collection<Long> learners,
                                  @Param("sections") Collection<Long> sections);
}
