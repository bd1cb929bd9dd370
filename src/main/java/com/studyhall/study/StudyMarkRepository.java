package com.studyhall.study;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/** A learner's marks, by section. */
interface StudyMarkRepository extends JpaRepository<StudyMark, Long> {

    boolean existsByUserIdAndKindAndItemId(long userId, MarkKind kind, long itemId);

    @Modifying
    @Query("delete from StudyMark m where m.userId = :userId and m.kind = :kind and m.itemId = :itemId")
    int deleteMark(@Param("userId") long userId, @Param("kind") MarkKind kind, @Param("itemId") long itemId);

    /** Rows of (learner id, latest markedAt). */
    @Query("""
            select m.userId, max(m.markedAt) from StudyMark m
            where m.userId in :learners and m.sectionId in :sections group by m.userId""")
    List<Object[]> lastMarkedAt(@Param("learners") Collection<Long> learners,
                                @Param("sections") Collection<Long> sections);

    /** When these learners marked anything done in these sections since a moment, for activity over time. */
    @Query("""
            select m.markedAt from StudyMark m
            where m.userId in :learners and m.sectionId in :sections and m.markedAt >= :since""")
    List<java.time.Instant> markedSince(@Param("learners") Collection<Long> learners,
                                        @Param("sections") Collection<Long> sections,
                                        @Param("since") java.time.Instant since);
}
