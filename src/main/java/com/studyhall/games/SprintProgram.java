package com.studyhall.games;

import java.util.List;

/** A program of the sprint, named by a key the server can turn back into its code, with its questions. */
record SprintProgram(String key, String title, String code, List<SprintQuestion> questions) {

    public List<String> lines() {
        return code.lines().toList();
    }
}
