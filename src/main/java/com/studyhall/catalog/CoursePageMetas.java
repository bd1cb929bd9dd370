package com.studyhall.catalog;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a course page's {@link CoursePageMeta}. The JSON-LD is a data block
 * ({@code <script type="application/ld+json">}): browsers never run it, so the
 * Content-Security-Policy's {@code script-src 'self'} does not apply to it. It is written by
 * Jackson, with every {@code <} escaped, so no course text can close the element.
 */
@Component
class CoursePageMetas {

    private final JsonMapper json;

    CoursePageMetas(JsonMapper json) {
        this.json = json;
    }

    CoursePageMeta of(CourseOverview course, CourseRating rating, String siteUrl) {
        String url = siteUrl + "/courses/" + course.slug();
        String image = siteUrl + CourseCardImage.path(course.slug(), course.version());
        String description = course.tagline().isBlank() ? course.title() : course.tagline();
        return new CoursePageMeta(url, course.title() + " — Studyhall", description, image,
                course.title() + ": " + description, jsonLd(course, rating, url, description, siteUrl));
    }

    private String jsonLd(CourseOverview course, CourseRating rating, String url, String description, String siteUrl) {
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "Course");
        root.put("name", course.title());
        root.put("description", description);
        root.put("url", url);
        root.put("educationalLevel", course.level());
        root.put("inLanguage", "en");
        ObjectNode provider = root.putObject("provider");
        provider.put("@type", "Organization");
        provider.put("name", "Studyhall");
        provider.put("sameAs", siteUrl + "/");
        ObjectNode instructor = root.putObject("instructor");
        instructor.put("@type", "Person");
        instructor.put("name", course.instructor().name());
        if (course.totalMinutes() > 0) {
            ObjectNode instance = root.putArray("hasCourseInstance").addObject();
            instance.put("@type", "CourseInstance");
            instance.put("courseMode", "Online");
            instance.put("courseWorkload", "PT" + course.totalMinutes() + "M");
        }
        ObjectNode offer = root.putArray("offers").addObject();
        offer.put("@type", "Offer");
        offer.put("category", "Free");
        offer.put("price", 0);
        offer.put("priceCurrency", "USD");
        if (rating.rated()) {
            ObjectNode aggregate = root.putObject("aggregateRating");
            aggregate.put("@type", "AggregateRating");
            aggregate.put("ratingValue", Double.parseDouble(rating.averageText()));
            aggregate.put("ratingCount", rating.count());
            aggregate.put("bestRating", 5);
            aggregate.put("worstRating", 1);
        }
        return json.writeValueAsString(root).replace("<", "\\u003c");
    }
}
