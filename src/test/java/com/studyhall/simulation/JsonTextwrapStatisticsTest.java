package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** json, textwrap and statistics where the corpus cannot pin it down, and what stays refused. */
class JsonTextwrapStatisticsTest {
    @Test
    void statisticsVarianceOfIntsIsAnIntOnlyWhenTheExactFractionIsWhole() {
        SimulationResult r = run("""
                import statistics as st
                print(repr(st.pvariance([2, 4, 4, 4, 5, 5, 7, 9])), repr(st.variance([2, 4, 4, 4, 5, 5, 7, 9])))
                print(repr(st.mean([1, 2, 3])), repr(st.mean([1, 2, 3, 4])), st.stdev([1, 2, 3, 4]))
                """);
        assertThat(r.stdout()).isEqualTo("4 4.571428571428571\n2 2.5 1.2909944487358056\n");
    }

    @Test
    void jsonDecodeErrorIsAValueErrorCarryingLineAndColumn() {
        SimulationResult r = run("""
                import json
                try:
                    json.loads('{"a": 1,\\n  }')
                except ValueError as e:
                    print(type(e).__name__, e.lineno, e.colno, e.pos, e)
                """);
        assertThat(r.stdout()).isEqualTo("JSONDecodeError 2 3 11 Expecting property name enclosed in double quotes: line 2 column 3 (char 11)\n");
    }

    @Test
    void textwrapBreaksAfterAHyphenAndCutsWordsLongerThanALine() {
        SimulationResult r = run("import textwrap\nprint(textwrap.wrap('a well-behaved self-explanatory text', 10))\n");
        assertThat(r.stdout()).isEqualTo("['a well-', 'behaved', 'self-expla', 'natory', 'text']\n");
    }

    @Nested
    class Refused {
        @Test
        void keywordsTheLabDoesNotReadAreRefusedByName() {
            SimulationResult r = run("import json, textwrap\njson.loads('1', parse_float=float)\ntextwrap.fill('a', fix_sentence_endings=True)\n");
            assertThat(messages(r)).containsExactly(
                    "line 2: the keyword 'parse_float' of json.loads() is not supported in the memory lab",
                    "line 3: the keyword 'fix_sentence_endings' of textwrap.fill() is not supported in the memory lab");
        }

        @Test
        void anIndentedDumpsIsRefusedOnlyInAProgramThatImportsGc() {
            assertThat(messages(run("import json\nprint(json.dumps([1], indent=2))\n"))).isEmpty();
            assertThat(messages(run("from json import dumps\nimport gc\nprint(dumps([1], indent=2))\n"))).hasSize(1);
        }

        @Test
        void functionsThatNeedFilesAreRefused() {
            assertThat(messages(run("import json\njson.dump({}, None)\n")))
                    .containsExactly("line 2: 'json.dump' is not supported in the memory lab");
        }
    }
}
