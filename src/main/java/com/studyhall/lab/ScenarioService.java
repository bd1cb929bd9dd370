package com.studyhall.lab;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** A learner's saved scenarios. Every method is scoped to one owner: others' scenarios do not exist here. */
@Service
class ScenarioService {

    static final int MAX_PER_OWNER = 200;

    private final ScenarioRepository scenarios;
    private final Clock clock;

    ScenarioService(ScenarioRepository scenarios, Clock clock) {
        this.scenarios = scenarios;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ScenarioView.Summary> list(long ownerId) {
        return scenarios.findByOwnerIdOrderByUpdatedAtDescIdDesc(ownerId).stream().map(ScenarioView.Summary::of).toList();
    }

    @Transactional(readOnly = true)
    ScenarioView read(long ownerId, long id) {
        return ScenarioView.of(owned(ownerId, id));
    }

    @Transactional
    ScenarioView create(long ownerId, ScenarioForm form) {
        if (scenarios.countByOwnerId(ownerId) >= MAX_PER_OWNER) {
            throw new ScenarioConflictException("You have " + MAX_PER_OWNER + " scenarios, the most the lab keeps. Delete one first.");
        }
        return ScenarioView.of(scenarios.saveAndFlush(new Scenario(ownerId, form.name().strip(), form.code(), clock.instant())));
    }

    @Transactional
    ScenarioView replace(long ownerId, long id, ScenarioForm form) {
        return update(ownerId, id, new ScenarioPatch(form.name(), form.code(), form.version()));
    }

    @Transactional
    ScenarioView update(long ownerId, long id, ScenarioPatch patch) {
        Scenario scenario = owned(ownerId, id);
        if (patch.version() != null && patch.version() != scenario.getVersion()) {
            throw new ScenarioConflictException("The scenario changed since you loaded it (version " + patch.version()
                    + ", now " + scenario.getVersion() + "). Reload it and try again.");
        }
        if (patch.name() != null) scenario.rename(patch.name().strip(), clock.instant());
        if (patch.code() != null) scenario.rewrite(patch.code(), clock.instant());
        return ScenarioView.of(scenarios.saveAndFlush(scenario));
    }

    @Transactional
    void delete(long ownerId, long id) {
        scenarios.delete(owned(ownerId, id));
    }

    /** Makes the scenario readable through its share token (kept if it has one already). */
    @Transactional
    ScenarioView share(long ownerId, long id) {
        Scenario scenario = owned(ownerId, id);
        scenario.share(ShareTokens.next());
        return ScenarioView.of(scenarios.saveAndFlush(scenario));
    }

    /** Makes the scenario private again: its old link answers 404 from now on. */
    @Transactional
    void revokeShare(long ownerId, long id) {
        owned(ownerId, id).revokeShare();
    }

    /** The owner's scenario by id, or anyone's by its share token; anything else does not exist. */
    @Transactional(readOnly = true)
    SharedScenario readShared(long readerId, String reference) {
        Scenario scenario = (reference.chars().allMatch(Character::isDigit) && reference.length() < 19
                ? scenarios.findByIdAndOwnerId(Long.parseLong(reference), readerId)
                : scenarios.findByShareToken(reference))
                .orElseThrow(() -> new ScenarioNotFoundException(reference));
        return new SharedScenario(scenario.getName(), scenario.getCode());
    }

    /** What a share link reveals: no id, no owner, no dates. */
    record SharedScenario(String name, String code) {
    }

    private Scenario owned(long ownerId, long id) {
        return scenarios.findByIdAndOwnerId(id, ownerId).orElseThrow(() -> new ScenarioNotFoundException(id));
    }
}
