package com.studyhall.catalog;

import java.time.Duration;

/** How long studying some material takes; the storefront shows it in hours. */
public interface CourseTimeEstimate {

    Duration of(CourseMaterial.Totals material);
}
