package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing runs half-way: every attribute CPython 3.11's builtin types and values have (the list
 * python3 generated, src/test/resources/engine/builtin_method_names.txt) is either answered by the
 * engine or refused before the first line; no program reaches an AttributeError CPython never raises.
 */
class BuiltinAttributesTest {
    private final Simulator simulator = new Simulator();

    @Test
    void everyAttributeOfTheBuiltinTypesWorksOrIsRefusedUpFront() throws IOException {
        List<String> lines = resourceLines();
        String setup = lines.stream().filter(l -> l.startsWith("@setup ")).findFirst().orElseThrow()
                .substring("@setup ".length()).replace("\\n", "\n");
        List<String> halfRun = new ArrayList<>();
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("@") || line.isBlank()) continue;
            int bar = line.lastIndexOf('|');
            String program = setup + "\nx = " + line.substring(0, bar) + "." + line.substring(bar + 1) + "\n";
            SimulationResult r = simulator.run(new SimulationRequest(program, Limits.defaults(), false));
            checked++;
            if (!r.rejected() && r.error() != null && r.error().type().equals("AttributeError")) {
                halfRun.add(line + " -> " + r.error().message());
            }
        }
        assertThat(checked).isGreaterThan(1500);
        assertThat(halfRun).as("attributes that run into an AttributeError CPython never raises").isEmpty();
    }

    @Test
    void aMethodTakenFromItsTypeWorksAndAMissingOneIsRefused() {
        SimulationResult works = simulator.run(new SimulationRequest(
                "print(list(map(str.upper, ['a', 'b'])), str.join('-', ['x', 'y']), dict.fromkeys('ab', 0))\n",
                Limits.defaults(), false));
        assertThat(works.stdout()).isEqualTo("['A', 'B'] x-y {'a': 0, 'b': 0}\n");
        SimulationResult refused = simulator.run(new SimulationRequest("print('start')\nf = bytes.maketrans\n",
                Limits.defaults(), false));
        assertThat(refused.rejected()).isTrue();
        assertThat(refused.diagnostics().get(0).line()).isEqualTo(2);
        assertThat(refused.diagnostics().get(0).message()).contains("'bytes.maketrans'");
    }

    /** Each row: the program's last lines (";" separates lines) and what the diagnostic names. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "f = bytes.maketrans|'bytes.maketrans'",
        "f = bytes.__new__|'bytes.__new__'",
        "f = type.mro|'type.mro'",
        "x = (5).__new__|the special attribute '__new__' of a builtin object",
        "import collections;f = collections.Counter.fromkeys|an attribute of a collections class ('fromkeys')",
        "class A:;    pass;a = A();a.__class__ = A|assigning to '__class__'",
    })
    void whatTheEngineLacksIsRefusedBeforeTheFirstLine(String lastLines, String what) {
        String program = "print('never printed')\n" + lastLines.replace(";", "\n") + "\n";
        SimulationResult r = simulator.run(new SimulationRequest(program, Limits.defaults(), false));
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.diagnostics().get(0).message()).contains(what + " is not supported in the memory lab");
    }

    @Test
    void aNameNoTypeHasRunsToCPythonsOwnAttributeError() {
        SimulationResult r = simulator.run(new SimulationRequest("print(1)\nf = str.frobnicate\n", Limits.defaults(), false));
        assertThat(r.rejected()).isFalse();
        assertThat(r.stdout()).isEqualTo("1\n");
        assertThat(r.error().message()).isEqualTo("type object 'str' has no attribute 'frobnicate'");
    }

    private static List<String> resourceLines() throws IOException {
        try (InputStream in = BuiltinAttributesTest.class.getResourceAsStream("/engine/builtin_method_names.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
