package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** bytes and bytearray beyond the corpus: what is refused before the run, and the allocation rule. */
class BytesTest {
    @Test
    void bytearraySizesFollowPyByteArrayResizeOnEveryAppend() {
        SimulationResult r = run("""
                import sys
                b = bytearray()
                sizes = []
                for i in range(20):
                    b.append(i)
                    sizes.append(sys.getsizeof(b))
                print(sizes)
                """);
        // python3 3.11.7
        assertThat(r.stdout()).isEqualTo("[58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75, 75, 75, 75, 75, 75, 75, 83, 83]\n");
    }

    @Test
    void deletingAPrefixKeepsTheAllocationUntilAShrinkBelowHalf() {
        SimulationResult r = run("""
                import sys
                b = bytearray(b"x" * 20)
                del b[:5]
                a = sys.getsizeof(b)
                b.clear()
                print(a, sys.getsizeof(b))
                """);
        assertThat(r.stdout()).isEqualTo("77 57\n");
    }

    @Test
    void aBytesMethodTheLabLacksIsRefusedBeforeTheRunInAProgramThatMakesBytes() {
        SimulationResult r = run("print('start')\ndata = b'abc'\nprint(data.translate(None))\n");
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).containsExactly("line 3: the bytes method 'translate' is not supported in the memory lab");
    }

    @Test
    void strMethodsSharingABytesNameStillRunInAProgramWithoutBytes() {
        SimulationResult r = run("print('ab'.center(6, '*'))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("**ab**\n");
    }

    @Test
    void unknownCodecsAreRefusedByName() {
        // printf-style % on bytes runs since lang_leftovers_14 (LeftoversFourteenTest).
        SimulationResult r = run("m = memoryview(b'ab')\nx = b'%d' % 3\ny = 'x'.encode('utf-16')\n");
        assertThat(messages(r)).containsExactly(
                "line 3: the codec 'utf-16' (the lab has utf-8, ascii and latin-1) is not supported in the memory lab");
    }

    @Test
    void errorHandlersAndUnicodeErrorMembersTheLabLacksAreRefusedUpFront() {
        SimulationResult r = run("""
                print("start")
                x = "\u20ac".encode("ascii", errors="namereplace")
                try:
                    "\u20ac".encode("ascii")
                except UnicodeEncodeError as e:
                    print(e, e.reason)
                """);
        assertThat(messages(r)).containsExactly(
                "line 2: the error handler 'namereplace' (the lab has strict, ignore, replace, xmlcharrefreplace and backslashreplace) is not supported in the memory lab",
                "line 6: 'reason' in a program that names a Unicode error class (the members encoding, object, start, end and reason"
                        + " of UnicodeEncodeError and UnicodeDecodeError, and their 5-item args, are not modelled) is not supported in the memory lab");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void bytesLiteralsFollowCPythonsSyntaxRules() {
        assertThat(messages(run("x = b'a' 'b'\n"))).containsExactly("line 1: cannot mix bytes and nonbytes literals");
        assertThat(messages(run("x = b'caf\u00e9'\n"))).containsExactly("line 1: bytes can only contain ASCII literal characters");
        assertThat(run("print(b'\\101\\x41\\u0041', rb'\\n', len(b'\\777'))\n").stdout()).isEqualTo("b'AA\\\\u0041' b'\\\\n' 1\n");
    }

    @Test
    void octalEscapesInStrLiteralsTakeUpToThreeDigits() {
        assertThat(run("print(len('\\1\\12\\123'), '\\101\\0x' == 'A' + chr(0) + 'x')\n").stdout()).isEqualTo("3 True\n");
    }

    @Test
    void aConstantBytesConcatenationIsFoldedIntoOneConstant() {
        SimulationResult r = run("import sys\nk = b'session-' + b'42'\nd = {k: 1}\nprint(sys.getrefcount(k))\n");
        assertThat(r.stdout()).isEqualTo("5\n");
    }
}
