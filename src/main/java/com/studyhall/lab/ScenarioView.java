package com.studyhall.lab;

import java.time.Instant;

/** A scenario as the API shows it to its owner; {@code shareToken} is null while it is private. */
record ScenarioView(long id, String name, String code, Instant createdAt, Instant updatedAt, long version, String shareToken) {

    static ScenarioView of(Scenario s) {
        return new ScenarioView(s.getId(), s.getName(), s.getCode(), s.getCreatedAt(), s.getUpdatedAt(), s.getVersion(),
                s.getShareToken());
    }

    /** A list entry: everything but the code. */
    record Summary(long id, String name, Instant createdAt, Instant updatedAt, long version) {
        static Summary of(Scenario s) {
            return new Summary(s.getId(), s.getName(), s.getCreatedAt(), s.getUpdatedAt(), s.getVersion());
        }
    }
}
