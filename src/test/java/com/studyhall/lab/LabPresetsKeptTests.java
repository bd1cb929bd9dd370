package com.studyhall.lab;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.study.WorkedExample;
import com.studyhall.study.WorkedExampleRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The lab's course examples are read once per change and an edit on this node shows at once. */
@StudyhallIntegrationTest
class LabPresetsKeptTests {

    @Autowired
    LabPresets presets;
    @Autowired
    WorkedExampleRepository examples;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCourseExamplesAreReadOnceAndAnEditShowsOnTheNextPage() {
        assertThat(presets.all()).isSameAs(presets.all());
        WorkedExample example = examples.findAll().stream()
                .filter(e -> e.getScenarioCode() != null && !e.getScenarioCode().isBlank()).findFirst().orElseThrow();
        String key = "example:" + example.getId();

        transactions.executeWithoutResult(status -> examples.findById(example.getId()).orElseThrow()
                .edit(example.getTitle(), example.getBody(), "Renamed in the studio", example.getScenarioCode()));
        try {
            assertThat(presets.all()).filteredOn(p -> p.key().equals(key)).singleElement()
                    .extracting(LabPreset::title).isEqualTo("Renamed in the studio");
        } finally {
            transactions.executeWithoutResult(status -> examples.findById(example.getId()).orElseThrow()
                    .edit(example.getTitle(), example.getBody(), example.getScenarioTitle(), example.getScenarioCode()));
        }
    }
}
