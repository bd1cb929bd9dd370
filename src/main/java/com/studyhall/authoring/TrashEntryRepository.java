package com.studyhall.authoring;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The trash, newest first. */
interface TrashEntryRepository extends JpaRepository<TrashEntry, Long> {

    List<TrashEntry> findByCourseIdAndEntityTypeNotOrderByTrashedAtDescIdDesc(long courseId, String entityType);

    List<TrashEntry> findByEntityTypeAndCourseIdInOrderByTrashedAtDescIdDesc(String entityType, Collection<Long> courseIds);

    List<TrashEntry> findByEntityTypeOrderByTrashedAtDescIdDesc(String entityType);

    Optional<TrashEntry> findByEntityTypeAndEntityId(String entityType, long entityId);

    List<TrashEntry> findByTrashedAtBefore(Instant cutoff);
}
