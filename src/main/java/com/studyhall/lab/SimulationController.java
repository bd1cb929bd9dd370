package com.studyhall.lab;

import com.studyhall.accounts.StudyhallUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/simulations: run a program with the trace on. See docs/lab-api.md. */
@RestController
class SimulationController {

    private final SimulationService simulations;
    private final LabAccess access;

    SimulationController(SimulationService simulations, LabAccess access) {
        this.simulations = simulations;
        this.access = access;
    }

    /** The program to run. */
    record RunRequest(@NotNull(message = "code is required") String code) { }

    @PostMapping("/api/simulations")
    SimulationResponse run(@Valid @RequestBody RunRequest request, @AuthenticationPrincipal StudyhallUser user) {
        access.require(user);
        return SimulationResponse.of(simulations.simulate(request.code(), true));
    }
}
