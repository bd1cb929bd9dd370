package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The completed math module (expectations are python3 3.11.7's output). */
class MathModuleTest {
    private static String stdout(String code) {
        return EngineRuns.stdoutPatiently(code);
    }

    @Test
    void mathFunctionsGiveCPythonsBits() {
        assertThat(stdout("import math\nprint(math.gamma(4.5), math.lgamma(-2.5), math.erf(0.5), math.erfc(3.0))\n"))
                .isEqualTo("11.631728396567446 -0.05624371649767457 0.5204998778130465 2.2090496998585438e-05\n");
        assertThat(stdout("import math\nprint(math.cbrt(-27), math.exp2(0.5), math.log2(3), math.log10(2), math.hypot(1, 2, 3))\n"))
                .isEqualTo("-3.0000000000000004 1.4142135623730951 1.584962500721156 0.3010299956639812 3.7416573867739413\n");
        assertThat(stdout("import math\nprint(math.fsum([1e-16, 1.0, 1e16]), math.remainder(7, 2), math.ulp(1e300), math.nextafter(1, 0))\n"))
                .isEqualTo("1.0000000000000002e+16 -1.0 1.487016908477783e+284 0.9999999999999999\n");
    }

    @Test
    void mathErrorsAreCPythons() {
        assertThat(stdout("import math\nfor f in (lambda: math.gamma(0), lambda: math.gamma(172), lambda: math.fsum([1e308, 1e308]),"
                + " lambda: math.ldexp(1.0, 2.0), lambda: math.comb(10**20 * 10, 10**19 * 3)):\n"
                + "    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)\n"))
                .isEqualTo("ValueError math domain error\nOverflowError math range error\nOverflowError intermediate overflow in fsum\n"
                        + "TypeError Expected an int as second argument to ldexp.\n"
                        + "OverflowError min(n - k, k) must not exceed 9223372036854775807\n");
    }

    @Test
    void mathConstantsAreObjectsTheModuleKeeps() {
        assertThat(stdout("import math, sys\nprint(sys.getrefcount(math.pi), sys.getrefcount(math.inf), math.pi is math.pi)\n"))
                .isEqualTo("3 2 True\n");
    }
}
