package com.studyhall.lab;

import com.studyhall.catalog.ExpiringSnapshot;
import com.studyhall.study.KeptWithContent;
import com.studyhall.study.WorkedExample;
import com.studyhall.study.WorkedExampleRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The lab's presets: the classic programs under {@code lab/presets/*.py} (first line
 * {@code # title: ...}) and the scenario of every example of a published course.
 * <p>
 * The course examples are the same for everyone, so they are read once per change, not per page:
 * dropped when this node writes content ({@link KeptWithContent}), read again after
 * {@code app.catalog.cache-ttl} for another node's edits.
 */
@Component
class LabPresets implements KeptWithContent {

    static final String CLASSICS = "Classics";
    static final String EXAMPLES = "Course examples";
    private static final String TITLE_PREFIX = "# title:";

    private final List<LabPreset> classics;
    private final WorkedExampleRepository examples;
    private final TransactionTemplate readOnly;
    private final ExpiringSnapshot<List<LabPreset>> courseExamples;

    LabPresets(WorkedExampleRepository examples, PlatformTransactionManager transactions,
               @Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this.examples = examples;
        this.classics = loadClassics();
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.courseExamples = new ExpiringSnapshot<>(ttl, System::nanoTime);
    }

    List<LabPreset> classics() {
        return classics;
    }

    /** The examples of published courses, by id, then the classics. */
    List<LabPreset> all() {
        return courseExamples.get(() -> readOnly.execute(status -> {
            List<LabPreset> all = new ArrayList<>();
            examples.findAll().stream()
                    .filter(e -> e.getScenarioCode() != null && !e.getScenarioCode().isBlank())
                    .filter(e -> e.getSection().getCourse().isPublished())
                    .sorted(Comparator.comparing(WorkedExample::getId))
                    .map(LabPresets::fromExample)
                    .forEach(all::add);
            all.addAll(classics);
            return List.copyOf(all);
        }));
    }

    @Override
    public void forget() {
        courseExamples.invalidate();
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
