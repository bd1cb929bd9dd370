package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bug in the scanner, parser, resolver or checker is answered as what it is, not as a time-out. */
class FrontEndFaultTest {

    @Test
    void aFaultInTheFrontEndIsAnInternalErrorNamingItNotATimeLimit() {
        var simulator = new Simulator((code, diagnostics) -> {
            throw new IllegalStateException("checker fault on purpose");
        });

        SimulationResult result = simulator.run(new SimulationRequest("print(1)", Limits.defaults(), false));

        assertThat(result.error()).isNotNull();
        assertThat(result.error().type()).isEqualTo("InternalError");
        assertThat(result.error().message()).contains("checker fault on purpose");
        assertThat(result.stdout()).isEmpty();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void theRealFrontEndStillRunsAndRefusesAsBefore() {
        var simulator = new Simulator();

        assertThat(simulator.run(new SimulationRequest("print(6 * 7)", Limits.defaults(), false)).stdout()).isEqualTo("42\n");
        assertThat(simulator.run(new SimulationRequest("import tkinter", Limits.defaults(), false)).diagnostics())
                .singleElement().satisfies(d -> assertThat(d.message()).contains("tkinter"));
    }
}
