package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals turned into support, part 3 (issue 12): what runs exactly and what stays refused up front. */
class LeftoversThreeTest {
    @Nested
    class NamedAttributeReads {
        @Test
        void getattrOfALiteralNameIsCheckedAsTheSpelledOutAttribute() {
            assertThat(runPatiently("print(getattr(5, '__index__'))\n").diagnostics()).extracting(Diagnostic::message)
                    .containsExactly("line 1: the special attribute '__index__' of a builtin object is not supported in the memory lab");
            assertThat(runPatiently("import random\nprint(hasattr(random, 'lognormvariate'))\n").diagnostics()).extracting(Diagnostic::message)
                    .containsExactly("line 2: 'random.lognormvariate' is not supported in the memory lab");
        }

        @Test
        void aComputedNameIsCheckedForEveryIdentifierOfTheProgramsStrLiterals() {
            SimulationResult r = runPatiently("def show(x, names):\n    for n in names:\n        print(getattr(x, n))\n"
                    + "show(b'ab', ['translate', 'upper'])\n");
            assertThat(r.diagnostics()).extracting(Diagnostic::message)
                    .containsExactly("line 4: the bytes method 'translate' is not supported in the memory lab");
        }

        @Test
        void aComputedNameOverTheProgramsOwnAttributesRuns() {
            SimulationResult r = runPatiently("class P:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\n"
                    + "p = P()\nprint([getattr(p, n) for n in 'x y'.split()], hasattr(p, 'z'))\n"
                    + "if __name__ == '__main__':\n    print('main')\n");
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("[1, 2] False\nmain\n");
        }
    }

    @Nested
    class StringTemplates {
        @Test
        void theClassPatternTheInstanceDictAndGcCountsAreRefusedUpFront() {
            SimulationResult r = runPatiently("import gc\nfrom string import Template\nt = Template('$a')\nprint(Template.pattern, vars(t), t.extra)\n");
            assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                    "line 3: string.Template in a program that imports gc (substitute() runs Python code whose closure, match objects and list the collector's counts would show) is not supported in the memory lab",
                    "line 4: 'Template.pattern' (the lab models a template's methods, not the class's attributes) is not supported in the memory lab",
                    "line 4: 't.extra' on a string.Template (the lab models its template and methods, not its instance dict) is not supported in the memory lab",
                    "line 4: vars() of a string.Template (the lab models its template and methods, not its instance dict) is not supported in the memory lab");
        }

        @Test
        void aClassDerivingFromTemplateIsRefused() {
            assertThat(runPatiently("import string\nclass Percent(string.Template):\n    delimiter = '%'\n").diagnostics())
                    .extracting(Diagnostic::message)
                    .containsExactly("line 2: a class deriving from 'string.Template' is not supported in the memory lab");
        }
    }
}
