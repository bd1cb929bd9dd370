package com.studyhall.catalog;

/**
 * What the course page's head carries for search engines and link previews: the canonical
 * address, the Open Graph and Twitter card tags, and the {@code schema.org/Course} JSON-LD.
 * Addresses are absolute, as those tags require.
 */
public record CoursePageMeta(String canonicalUrl, String title, String description, String imageUrl,
                             String imageAlt, String jsonLd) {
}
