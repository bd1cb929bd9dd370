package com.studyhall.lab;

import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** Request bodies for the lab's API tests. */
final class LabJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabJson() {
    }

    static String code(String code) {
        return JSON.writeValueAsString(Map.of("code", code));
    }

    static String of(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields);
    }
}
