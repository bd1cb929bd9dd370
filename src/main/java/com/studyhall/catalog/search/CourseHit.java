package com.studyhall.catalog.search;

import com.studyhall.catalog.CourseCard;

import java.util.List;

/** A course a search found: its card, its title and tagline with the query marked, and where else it matched. */
public record CourseHit(CourseCard card, Highlighted title, Highlighted tagline, List<Match> matches, double score) {

    /** "Section 4", "Glossary · Cycles and the Cyclic Collector", "Instructor": where a word was found. */
    public record Match(String label, Highlighted text, String href) {
    }
}
