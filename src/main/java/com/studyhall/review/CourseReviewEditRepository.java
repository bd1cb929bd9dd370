package com.studyhall.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CourseReviewEditRepository extends JpaRepository<CourseReviewEdit, Long> {

    List<CourseReviewEdit> findByReviewIdOrderByWrittenAtDescIdDesc(long reviewId);
}
