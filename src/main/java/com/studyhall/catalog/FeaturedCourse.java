package com.studyhall.catalog;

/** The course an admin features on the home page, with its promise and its numbers. */
public record FeaturedCourse(long id, CourseCard card, String description, CourseNumbers numbers) {
}
