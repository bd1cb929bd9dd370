package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: nothing in com.studyhall.simulation imports Spring, Jakarta or any library. */
class EngineBoundaryTest {
    @Test
    void engineImportsOnlyTheJdkAndItself() throws IOException {
        Path root = Path.of("src/main/java/com/studyhall/simulation");
        List<String> offending;
        try (Stream<Path> files = Files.walk(root)) {
            offending = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.startsWith("import "))
                            .filter(l -> !l.matches("import (static )?(java\\.|com\\.studyhall\\.simulation).*"))
                            .map(l -> p + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offending).isEmpty();
    }
}
