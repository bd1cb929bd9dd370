package com.studyhall.catalog.search;

import java.util.List;

/**
 * Searchable text that lives in a section's items (key concepts, glossary terms). The features that
 * own those items provide it, so the catalog can search them without depending on those features.
 */
public interface SectionTexts {

    /** The texts of every published section of every published course. */
    List<SectionText> published();

    /** One item's text: {@code kind} names it for the reader ("Key concept", "Glossary"). */
    record SectionText(long sectionId, String kind, String term, String explanation) {
    }
}
