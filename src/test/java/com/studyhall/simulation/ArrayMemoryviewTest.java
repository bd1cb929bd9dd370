package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** array.array and memoryview beyond the corpus: the allocation rule, exports, and what is refused before the run. */
class ArrayMemoryviewTest {
    @Test
    void arraySizesFollowArrayResizeOnAppendAndPop() {
        SimulationResult r = run("""
                import array, sys
                a = array.array('i')
                grown = []
                for i in range(40):
                    a.append(i)
                    grown.append(sys.getsizeof(a))
                shrunk = []
                while a:
                    a.pop()
                    shrunk.append(sys.getsizeof(a))
                print(sorted(set(grown)), sorted(set(shrunk)))
                """);
        // python3 3.11.7
        assertThat(r.stdout()).isEqualTo("[96, 112, 144, 180, 216, 256] [256]\n");
    }

    @Test
    void aSliceOfAViewSharesTheManagedBufferAndTheExporterStaysPinnedUntilTheLastViewGoes() {
        SimulationResult r = run("""
                import sys
                data = bytearray(b'abcdef')
                part = memoryview(data)[1:4]
                print(sys.getrefcount(data), part.tobytes())
                try:
                    data.append(1)
                except BufferError as e:
                    print(e)
                del part
                data.append(1)
                print(len(data), sys.getrefcount(data))
                """);
        assertThat(r.stdout()).isEqualTo("3 b'bcd'\nExisting exports of data: object cannot be re-sized\n7 2\n");
    }

    @Nested
    class RefusedBeforeTheRun {
        private void assertRefused(String program, String... expected) {
            SimulationResult r = run(program);
            assertThat(r.stdout()).isEmpty();
            assertThat(messages(r)).containsExactly(expected);
        }

        @Test
        void arrayMethodsTheLabLacksAreRefusedByName() {
            assertRefused("import array\na = array.array('i', [1])\nprint(a.buffer_info())\na.byteswap()\n",
                    "line 3: the array method 'buffer_info' is not supported in the memory lab",
                    "line 4: the array method 'byteswap' is not supported in the memory lab");
        }

        @Test
        void memoryviewCastIsRefusedByName() {
            assertRefused("m = memoryview(b'abcd')\nprint(m.cast('i'))\nprint(m.hex())\n",
                    "line 2: the memoryview attribute 'cast' is not supported in the memory lab");
        }

        @Test
        void attributesOfTheMemoryviewTypeObjectAreRefused() {
            assertRefused("m = memoryview(b'a')\nprint(memoryview.tolist(m))\n",
                    "line 2: an attribute of the memoryview type ('memoryview.tolist') is not supported in the memory lab");
        }

        @Test
        void theUnicodeTypecodeAndTheClassAsAValueAreRefused() {
            assertRefused("from array import array\na = array('u', 'hi')\nprint(isinstance(a, array))\n",
                    "line 2: the array typecode 'u' is not supported in the memory lab",
                    "line 3: array.array used other than called (the class as a value) is not supported in the memory lab");
        }

        @Test
        void aComputedTypecodeIsRefusedOnlyWhereItCouldBeU() {
            assertThat(run("import array\nfor c in 'bi':\n    print(array.array(c, [1]))\n").diagnostics()).isEmpty();
            assertRefused("import array\nfor c in array.typecodes:\n    print(array.array(c))\n",
                    "line 3: an array typecode that is not a str literal, in a program that could make it 'u' is not supported in the memory lab");
        }
    }
}
