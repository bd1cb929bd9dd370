package com.studyhall.authoring;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the demo courses shipped under {@code demo/courses/}: each folder's course.json plus its
 * sections/NN-*.json, assembled into one bundle per course. The sections come in file-name order,
 * unless course.json lists their slugs in {@code sectionOrder}: then listed sections come first in
 * that order (a listed slug without a file is skipped), the rest after them in file-name order.
 * File names can then stay stable while the course is reordered.
 */
class DemoCourseReader {

    private static final String COURSES = "classpath:demo/courses/";
    static final String SECTION_ORDER = "sectionOrder";

    private final JsonMapper json;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    DemoCourseReader(JsonMapper json) {
        this.json = json;
    }

    List<CourseBundle> read() throws IOException {
        var bundles = new ArrayList<CourseBundle>();
        for (Resource courseFile : sortedByName(resolver.getResources(COURSES + "*/course.json"))) {
            String url = courseFile.getURL().toString();
            String directory = url.substring(0, url.length() - "/course.json".length());
            String courseDirectory = directory.substring(directory.lastIndexOf('/') + 1);
            var sections = new ArrayList<CourseBundle.SectionBundle>();
            for (Resource sectionFile : sectionFiles(courseDirectory)) {
                sections.add(read(sectionFile, CourseBundle.SectionBundle.class));
            }
            JsonNode course = readTree(courseFile);
            List<String> order = new ArrayList<>();
            if (course instanceof ObjectNode object && object.has(SECTION_ORDER)) {
                object.remove(SECTION_ORDER).forEach(slug -> order.add(slug.asString()));
            }
            bundles.add(json.treeToValue(course, CourseBundle.class).withSections(inOrder(sections, order)));
        }
        return bundles;
    }

    static List<CourseBundle.SectionBundle> inOrder(List<CourseBundle.SectionBundle> sections, List<String> order) {
        Comparator<CourseBundle.SectionBundle> listedFirst = Comparator.comparingInt(section -> {
            int position = order.indexOf(section.slug());
            return position < 0 ? order.size() : position;
        });
        return sections.stream().sorted(listedFirst).toList();
    }

    private JsonNode readTree(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return json.readTree(in);
        }
    }

    private List<Resource> sectionFiles(String courseDirectory) throws IOException {
        String folder = COURSES + courseDirectory + "/sections/";
        return resolver.getResource(folder).exists() ? sortedByName(resolver.getResources(folder + "*.json")) : List.of();
    }

    private <T> T read(Resource resource, Class<T> type) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, type);
        }
    }

    private static List<Resource> sortedByName(Resource[] resources) {
        return Arrays.stream(resources)
                .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
                .toList();
    }
}
