package com.studyhall.lab;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A share link's read: {@code /lab/shared/{token}} gives the name and code of a scenario its owner
 * shared, to anyone who may use the lab. A numeric id is answered for its owner only; to everyone
 * else it is 404, exactly as a scenario that does not exist, so ids cannot be walked.
 */
@RestController
class SharedScenarioController {

    private final ScenarioService scenarios;
    private final LabAccess access;

    SharedScenarioController(ScenarioService scenarios, LabAccess access) {
        this.scenarios = scenarios;
        this.access = access;
    }

    @GetMapping("/lab/shared/{reference}")
    ScenarioService.SharedScenario read(@PathVariable String reference, @AuthenticationPrincipal StudyhallUser user) {
        if (user == null || !access.allows(user)) {
            throw new LabAccessDeniedException();
        }
        return scenarios.readShared(user.getId(), reference);
    }
}
