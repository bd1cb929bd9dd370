package com.studyhall.lab;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up warm-up runs every classic preset to its end, so it warms the paths learners take. */
class LabWarmUpTests {

    @Test
    void everyClassicPresetRunsCleanlyInEachWarmUpRound() {
        LabPresets presets = new LabPresets(null, null, java.time.Duration.ZERO);
        LabWarmUp warmUp = new LabWarmUp(new LabEngine(), presets, true);

        assertThat(presets.classics()).hasSizeGreaterThan(5);
        assertThat(warmUp.warmUp()).isEqualTo(3 * presets.classics().size());
    }
}
