package com.studyhall.simulation.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studyhall.simulation.library.ComplexMath.C;
import org.junit.jupiter.api.Test;

/** complex arithmetic, hashes and reprs against python3 3.11's results. */
class ComplexMathTest {
    @Test
    void reprsLeaveOutAPositiveZeroRealPartAndTheAddedPointZero() {
        assertThat(ComplexMath.repr(new C(1, 2))).isEqualTo("(1+2j)");
        assertThat(ComplexMath.repr(new C(-0.0, -0.0))).isEqualTo("(-0-0j)");
        assertThat(ComplexMath.repr(new C(0.0, -0.0))).isEqualTo("-0j");
        assertThat(ComplexMath.repr(new C(Double.NaN, Double.POSITIVE_INFINITY))).isEqualTo("(nan+infj)");
        assertThat(ComplexMath.repr(new C(0, 1e16))).isEqualTo("1e+16j");
    }

    @Test
    void hashesCombineThePartsAsCPythonDoes() {
        assertThat(ComplexMath.hash(new C(3, -4))).isEqualTo(-4000009L);
        assertThat(ComplexMath.hash(new C(1, 0))).isEqualTo(1L);
        assertThat(ComplexMath.hash(new C(0.5, 0.25))).isEqualTo(2882303761517117440L);
        assertThat(ComplexMath.hash(new C(Double.NaN, 0))).isNull();
    }

    @Test
    void quotientsAndIntegerPowersGiveCPythonsDoubles() {
        assertThat(ComplexMath.quot(new C(1, 2), new C(3, -4))).isEqualTo(new C(-0.2, 0.4));
        assertThat(ComplexMath.pow(new C(3, -4), new C(10, 0))).isEqualTo(new C(-9653287.0, -1476984.0));
        assertThat(ComplexMath.abs(new C(3, 4))).isEqualTo(5.0);
        assertThatThrownBy(() -> ComplexMath.quot(new C(1, 0), new C(0, 0))).isInstanceOf(ComplexMath.Domain.class);
        assertThatThrownBy(() -> ComplexMath.pow(new C(1e200, 0), new C(2, 0))).isInstanceOf(ComplexMath.Range.class);
    }
}
