package com.studyhall.authoring;

import java.util.List;

/** An import file that cannot be read; each problem names its line. Nothing was imported. */
public class FormatException extends RuntimeException {

    private final transient List<String> problems;

    FormatException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
