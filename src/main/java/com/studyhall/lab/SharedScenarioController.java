package com.studyhall.lab;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A share link's read: the name and code of any saved scenario, for anyone who may use the lab,
 * so {@code /lab?scenario={id}&step={n}} opens for a classmate too. Read-only: editing stays
 * with the owner through /api/scenarios.
 */
@RestController
class SharedScenarioController {

    private final ScenarioRepository scenarios;
    private final LabAccess access;

    SharedScenarioController(ScenarioRepository scenarios, LabAccess access) {
        this.scenarios = scenarios;
        this.access = access;
    }

    @GetMapping("/lab/shared/{id}")
    @Transactional(readOnly = true)
    SharedScenario read(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user) {
        if (user == null || !access.allows(user)) {
            throw new LabAccessDeniedException();
        }
        return scenarios.findById(id).map(s -> new SharedScenario(s.getId(), s.getName(), s.getCode()))
                .orElseThrow(() -> new ScenarioNotFoundException(id));
    }

    /** What a share link reveals: no owner, no dates. */
    record SharedScenario(long id, String name, String code) {
    }
}
