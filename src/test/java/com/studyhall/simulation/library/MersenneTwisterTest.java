package com.studyhall.simulation.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Expected numbers are what python3 3.11 printed for the same seeds. */
class MersenneTwisterTest {
    private static MersenneTwister seeded(long seed) {
        MersenneTwister r = new MersenneTwister();
        r.seed(BigInteger.valueOf(seed));
        return r;
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    @Test
    void randomMatchesCPythonForAnIntSeed() {
        MersenneTwister r = seeded(42);
        assertThat(new double[] {r.random(), r.random(), r.random()})
                .containsExactly(0.6394267984578837, 0.025010755222666936, 0.27502931836911926);
    }

    @Test
    void bigSeedsUseEveryWordAndGetrandbitsSpansWords() {
        MersenneTwister r = new MersenneTwister();
        r.seed(BigInteger.TWO.pow(100).add(big(12345)));
        assertThat(r.getrandbits(32)).isEqualTo(big(1910715478L));
        assertThat(r.getrandbits(70)).isEqualTo(new BigInteger("706549394059242093659"));
        assertThat(r.getrandbits(5)).isEqualTo(big(22));
    }

    @Test
    void strSeedsHashTheTextWithSha512() {
        MersenneTwister r = new MersenneTwister();
        r.seed("hello");
        assertThat(r.random()).isEqualTo(0.3537754404730722);
    }

    @Test
    void negativeSeedsUseTheAbsoluteValueAndRandrangeRejectsAsCPython() {
        MersenneTwister r = seeded(-7);
        int[] draws = new int[5];
        for (int i = 0; i < 5; i++) draws[i] = r.randrange(big(10), null, BigInteger.ONE).intValue();
        assertThat(draws).containsExactly(5, 2, 6, 0, 1);
        assertThat(r.randrange(big(1), big(7), BigInteger.ONE)).isEqualTo(big(5));
        assertThat(r.randrange(big(0), big(100), big(7))).isEqualTo(big(7));
        assertThat(r.randrange(big(10), big(0), big(-3))).isEqualTo(big(4));
    }

    @Test
    void shuffleSwapsAsCPython() {
        MersenneTwister r = seeded(3);
        int[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        int[] partners = r.shuffleSwaps(x.length);
        for (int step = 0; step < partners.length; step++) {
            int i = x.length - 1 - step;
            int t = x[i];
            x[i] = x[partners[step]];
            x[partners[step]] = t;
        }
        assertThat(x).containsExactly(1, 5, 6, 0, 9, 4, 7, 2, 8, 3);
    }

    @Test
    void sampleUsesThePoolForSmallPopulationsAndASetForLargeOnes() {
        MersenneTwister r = seeded(5);
        assertThat(r.sample(10, 4)).containsExactly(9, 4, 5, 6);
        assertThat(r.sample(1000, 8)).containsExactly(707, 965, 861, 757, 667, 944, 542, 29);
    }

    @Test
    void choiceAndUniformDrawLikeCPython() {
        MersenneTwister r = seeded(0);
        assertThat("abcdef".charAt(r.below(6))).isEqualTo('d');
        assertThat(1 + (2 - 1) * r.random()).isEqualTo(1.7579544029403025);
    }

    @Test
    void emptyRangesAreRefusedWithCPythonsMessages() {
        MersenneTwister r = seeded(1);
        assertThatThrownBy(() -> r.randrange(big(0), null, BigInteger.ONE)).hasMessage("empty range for randrange()");
        assertThatThrownBy(() -> r.randrange(big(5), big(5), BigInteger.ONE)).hasMessage("empty range for randrange() (5, 5, 0)");
        assertThatThrownBy(() -> r.randrange(big(0), big(5), big(0))).hasMessage("zero step for randrange()");
        assertThatThrownBy(() -> r.sample(3, 4)).hasMessage("Sample larger than population or is negative");
    }
}
