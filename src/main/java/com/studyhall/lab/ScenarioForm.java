package com.studyhall.lab;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A scenario as sent by the lab page, for create and full update (PUT). {@code version}, when
 * sent with an update, must be the one last read: a stale one is a 409 instead of a lost edit.
 */
record ScenarioForm(
        @NotBlank(message = "name must not be blank")
        @Size(max = 80, message = "name must be at most 80 characters") String name,
        @NotNull(message = "code is required")
        @Size(max = 20_000, message = "code must be at most 20000 characters") String code,
        Long version) {
}
