package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leftover refusals and known differences turned into exact support, part 4 (issue 12). */
class LeftoversFourTest {

    @Nested
    class StrObjectsKeptWhole {
        @Test
        void aSpecThatNeitherPadsNorTruncatesAnswersTheStrItself() {
            String out = stdoutPatiently("import sys\ns = 'hello world'\nb = sys.getrefcount(s)\n"
                    + "k = [format(s, '>3'), '{:>3}'.format(s), f'{s:.20}', '%5s' % s, '{}{:<4}'.format('', s)]\n"
                    + "print(sys.getrefcount(s) - b, [x is s for x in k])\n"
                    + "print(format(s, '>12') is s, '{:>3}{}'.format(s, '') is s, '%.5s' % s is s)\n");
            assertThat(out).isEqualTo("5 [True, True, True, True, True]\nFalse False False\n");
        }

        @Test
        void theStrAClassesDunderReturnedIsPassedOn() {
            String out = stdoutPatiently("class P:\n    def __init__(self, n):\n        self.n = n\n"
                    + "    def __str__(self):\n        return self.n\n"
                    + "n = 'ada lovelace'\np = P(n)\nprint(str(p) is n, f'{p}' is n, '%s' % p is n, '{}'.format(p) is n)\n");
            assertThat(out).isEqualTo("True True True True\n");
        }

        @Test
        void aLeadingZeroFillsAStrWithoutEqualsAlignment() {
            String out = stdoutPatiently("print(format('ab', '05'), format('ab', '0^5'))\n"
                    + "try:\n    format('ab', ' 5')\nexcept ValueError as e:\n    print(e)\n");
            assertThat(out).isEqualTo("ab000 0ab00\nSpace not allowed in string format specifier\n");
        }

        @Test
        void operationsThatChangeNothingAnswerTheStrItself() {
            String out = stdoutPatiently("s = 'hello world'\nprint(s + '' is s, s * 1 is s, s[::1] is s, s.split('z')[0] is s, "
                    + "s.split(None, 0)[0] is s, s.format() is s, s % () is s)\n");
            assertThat(out).isEqualTo("True True True True False True True\n");
        }
    }
}
