package com.studyhall.authoring;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** The studio history, newest first. */
interface StudioChangeRepository extends JpaRepository<StudioChange, Long> {

    List<StudioChange> findTop200ByCourseIdOrderByChangedAtDescIdDesc(long courseId);

    List<StudioChange> findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(String entityType, long entityId);
}
