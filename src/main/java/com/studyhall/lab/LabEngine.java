package com.studyhall.lab;

import com.studyhall.simulation.Limits;
import com.studyhall.simulation.SimulationRequest;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.simulation.Simulator;
import org.springframework.stereotype.Component;

/** The one place the lab calls the engine, with the limits of simulator.md. */
@Component
class LabEngine {

    static final Limits LIMITS = Limits.defaults();

    private final Simulator simulator = new Simulator();

    SimulationResult run(String code, boolean trace) {
        return run(code, "", trace);
    }

    SimulationResult run(String code, String stdin, boolean trace) {
        return simulator.run(new SimulationRequest(code, LIMITS, trace, stdin));
    }

    int maxSourceChars() {
        return LIMITS.maxSourceChars();
    }
}
