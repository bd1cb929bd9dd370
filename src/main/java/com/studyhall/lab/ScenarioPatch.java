package com.studyhall.lab;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partial update (PATCH): the fields sent change, the others stay. */
record ScenarioPatch(
        @Size(min = 1, max = 80, message = "name must be 1 to 80 characters")
        @Pattern(regexp = "(?s).*\\S.*", message = "name must not be blank") String name,
        @Size(max = 20_000, message = "code must be at most 20000 characters") String code,
        Long version) {
}
