package com.studyhall.authoring;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the demo courses shipped under {@code demo/courses/}: each folder's course.json plus its
 * sections/NN-*.json in file-name order, assembled into one bundle per course.
 */
class DemoCourseReader {

    private static final String COURSES = "classpath:demo/courses/";

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
            bundles.add(read(courseFile, CourseBundle.class).withSections(List.copyOf(sections)));
        }
        return bundles;
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
