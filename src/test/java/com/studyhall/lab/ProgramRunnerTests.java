package com.studyhall.lab;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The output-only runner other features adapt to: plain stdout and CPython's last stderr line. */
class ProgramRunnerTests {

    final ProgramRunner runner = new ProgramRunner(new LabEngine());

    @Test
    void theEngineVersionIsADigestOfTheEnginesClassesAndTheSameForEveryRunner() {
        assertThat(runner.engineVersion()).matches("cpython-3\\.11-model\\+[0-9a-f]{12}")
                .isEqualTo(new ProgramRunner(new LabEngine()).engineVersion());
    }

    @Test
    void returnsWhatTheProgramPrinted() {
        assertThat(runner.run("a = [1, 2]\nb = a\nprint(a is b, len(a))\n"))
                .isEqualTo(new ProgramOutput("True 2\n", null, true));
    }

    @Test
    void endsWithCPythonsLastStderrLine() {
        var output = runner.run("print('x')\n[].pop()\n");
        assertThat(output.stdout()).isEqualTo("x\n");
        assertThat(output.error()).isEqualTo("IndexError: pop from empty list");
        assertThat(output.faithful()).isTrue();
    }

    @Test
    void saysWhenTheEngineRefusedTheProgram() {
        var output = runner.run("g = [1]\nclass C(metaclass=print): pass\n");
        assertThat(output.ran()).isFalse();
        assertThat(output.error()).startsWith("SyntaxError: ").contains("metaclass=");
        assertThat(output.faithful()).isFalse();
    }

    @Test
    void aLimitHitIsNotAFaithfulAnswer() {
        assertThat(runner.run("while True:\n    pass\n").faithful()).isFalse();
    }

    @Test
    void engineVersionIsStableAndNamesTheModel() {
        assertThat(runner.engineVersion()).startsWith("cpython-3.11-model+").hasSize("cpython-3.11-model+".length() + 12)
                .isEqualTo(new ProgramRunner(new LabEngine()).engineVersion());
    }
}
