package com.studyhall.lab;

import com.studyhall.accounts.StudyhallUser;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** /api/scenarios: the user's own saved lab programs. See docs/lab-api.md. */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

    private final ScenarioService scenarios;

    ScenarioController(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping
    List<ScenarioView.Summary> list(@AuthenticationPrincipal StudyhallUser user) {
        return scenarios.list(user.getId());
    }

    @PostMapping
    ResponseEntity<ScenarioView> create(@Valid @RequestBody ScenarioForm form, @AuthenticationPrincipal StudyhallUser user) {
        ScenarioView created = scenarios.create(user.getId(), form);
        return ResponseEntity.created(URI.create("/api/scenarios/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ScenarioView read(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user) {
        return scenarios.read(user.getId(), id);
    }

    @PutMapping("/{id}")
    ScenarioView replace(@PathVariable long id, @Valid @RequestBody ScenarioForm form,
                         @AuthenticationPrincipal StudyhallUser user) {
        return scenarios.replace(user.getId(), id, form);
    }

    @PatchMapping("/{id}")
    ScenarioView update(@PathVariable long id, @Valid @RequestBody ScenarioPatch patch,
                        @AuthenticationPrincipal StudyhallUser user) {
        return scenarios.update(user.getId(), id, patch);
    }

    /** Shares the scenario: its view then carries the token of the link /lab?shared={token}. */
    @PostMapping("/{id}/share")
    ScenarioView share(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user) {
        return scenarios.share(user.getId(), id);
    }

    @DeleteMapping("/{id}/share")
    ResponseEntity<Void> revokeShare(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user) {
        scenarios.revokeShare(user.getId(), id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal StudyhallUser user) {
        scenarios.delete(user.getId(), id);
        return ResponseEntity.noContent().build();
    }
}
