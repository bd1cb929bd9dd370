package com.studyhall.resilience;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AotProfileCheckTests {

    @Test
    void theAotCodeRefusesTheProfileItWasNotBuiltFor() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AotProfileCheck.refuseOtherProfiles(true, new String[] {"postgres"}))
                .withMessageContaining("[postgres]")
                .withMessageContaining("without -Dspring.aot.enabled=true");
    }

    @Test
    void theAotCodeRunsTheDefaultProfile() {
        assertThatCode(() -> AotProfileCheck.refuseOtherProfiles(true, new String[0])).doesNotThrowAnyException();
    }

    @Test
    void withoutTheAotCodeEveryProfileRuns() {
        assertThatCode(() -> AotProfileCheck.refuseOtherProfiles(false, new String[] {"postgres"}))
                .doesNotThrowAnyException();
    }
}
