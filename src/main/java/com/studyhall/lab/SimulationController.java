package com.studyhall.lab;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/simulations: run a program with the trace on. Access: {@link LabAccess}. See docs/lab-api.md. */
@RestController
class SimulationController {

    private final SimulationService simulations;

    SimulationController(SimulationService simulations) {
        this.simulations = simulations;
    }

    /** The program to run and, optionally, the text its input() calls read. */
    record RunRequest(@NotNull(message = "code is required") String code, String stdin) { }

    @PostMapping("/api/simulations")
    SimulationResponse run(@Valid @RequestBody RunRequest request) {
        String stdin = request.stdin() == null ? "" : request.stdin();
        return SimulationResponse.of(simulations.simulate(request.code(), stdin, true));
    }
}
