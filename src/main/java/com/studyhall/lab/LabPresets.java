package com.studyhall.lab;

import com.studyhall.study.WorkedExample;
import com.studyhall.study.WorkedExampleRepository;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The lab's presets: the classic programs under {@code lab/presets/*.py} (first line
 * {@code # title: ...}) and the scenario of every example of a published course.
 */
@Component
class LabPresets {

    static final String CLASSICS = "Classics";
    static final String EXAMPLES = "Course examples";
    private static final String TITLE_PREFIX = "# title:";

    private final List<LabPreset> classics;
    private final WorkedExampleRepository examples;

    LabPresets(WorkedExampleRepository examples) {
        this.examples = examples;
        this.classics = loadClassics();
    }

    List<LabPreset> classics() {
        return classics;
    }

    @Transactional(readOnly = true)
    List<LabPreset> all() {
        List<LabPreset> all = new ArrayList<>();
        examples.findAll().stream()
                .filter(e -> e.getScenarioCode() != null && !e.getScenarioCode().isBlank())
                .filter(e -> e.getSection().getCourse().isPublished())
                .sorted(Comparator.comparing(WorkedExample::getId))
                .map(LabPresets::fromExample)
                .forEach(all::add);
        all.addAll(classics);
        return all;
    }

    @Transactional(readOnly = true)
    Optional<LabPreset> example(long id) {
        return examples.findById(id).filter(e -> e.getScenarioCode() != null).map(LabPresets::fromExample);
    }

    private static LabPreset fromExample(WorkedExample e) {
        String title = e.getScenarioTitle() == null || e.getScenarioTitle().isBlank() ? e.getTitle() : e.getScenarioTitle();
        return new LabPreset("example:" + e.getId(), EXAMPLES, title, e.getScenarioCode());
    }

    private static List<LabPreset> loadClassics() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:lab/presets/*.py");
            List<LabPreset> out = new ArrayList<>();
            for (Resource file : files) {
                out.add(classic(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
            }
            out.sort(Comparator.comparing(LabPreset::key));
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lab presets", e);
        }
    }

    static LabPreset classic(String filename, String text) {
        String name = filename.replaceFirst("\\.py$", "");
        String first = text.lines().findFirst().orElse("");
        if (!first.startsWith(TITLE_PREFIX)) {
            throw new IllegalStateException("lab preset " + filename + " must start with '" + TITLE_PREFIX + "'");
        }
        String code = text.substring(text.indexOf('\n') + 1);
        return new LabPreset("classic:" + name, CLASSICS, first.substring(TITLE_PREFIX.length()).trim(), code);
    }
}
