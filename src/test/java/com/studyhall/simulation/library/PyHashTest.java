package com.studyhall.simulation.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Expected hashes are python3 3.11's on a 64-bit build. */
class PyHashTest {
    @Test
    void intsHashModuloTheMersennePrime() {
        assertThat(PyHash.ofInt(BigInteger.valueOf(-1))).isEqualTo(-2);
        assertThat(PyHash.ofInt(BigInteger.TWO.pow(61))).isEqualTo(1);
        assertThat(PyHash.ofInt(BigInteger.valueOf(12345))).isEqualTo(12345);
    }

    @Test
    void floatsHashLikeTheRationalTheyEqual() {
        assertThat(PyHash.ofFloat(1.5)).isEqualTo(1152921504606846977L);
        assertThat(PyHash.ofFloat(-2.5)).isEqualTo(-1152921504606846978L);
        assertThat(PyHash.ofFloat(3.0)).isEqualTo(3L);
        assertThat(PyHash.ofFloat(0.1)).isEqualTo(230584300921369408L);
    }

    @Test
    void tuplesUseTheXxHashMix() {
        assertThat(PyHash.ofTuple(new long[] {1, 2})).isEqualTo(-3550055125485641917L);
        assertThat(PyHash.ofTuple(new long[0])).isEqualTo(5740354900026072187L);
    }
}
