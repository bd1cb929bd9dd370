package com.studyhall.simulation.library;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * CPython's {@code random.Random}: the MT19937 generator of {@code _randommodule.c} and the
 * integer algorithms of {@code random.py} that sit on it, so a seeded program draws the same
 * numbers as python3 does.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index = N + 1;

    /** Seeds from the clock, as an unseeded CPython seeds from the OS (its numbers are not CPython's). */
    public MersenneTwister() {
        seed(BigInteger.valueOf(System.nanoTime()));
    }

    /** random_seed for an int: all bits of |a|, as 32-bit words, least significant first. */
    public void seed(BigInteger a) {
        BigInteger n = a.abs();
        int words = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = n.shiftRight(32 * i).intValue();
        initByArray(key);
    }

    /** Version 2 seeding of a str: the UTF-8 bytes followed by their SHA-512, read as one big-endian int. */
    public void seed(String a) {
        byte[] text = a.getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-512", e);
        }
        byte[] all = new byte[text.length + digest.length];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(digest, 0, all, text.length, digest.length);
        seed(new BigInteger(1, all));
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** genrand_uint32 as an unsigned value in a long. */
    long nextWord() {
        if (index >= N) twist();
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        index = 0;
    }

    /** A copy of the 624 state words (getstate). */
    public int[] state() {
        return mt.clone();
    }

    /** The position of the next word in the state (getstate's last item). */
    public int index() {
        return index;
    }

    /** setstate: the words and the index as getstate gave them. */
    public void restore(int[] words, int position) {
        System.arraycopy(words, 0, mt, 0, N);
        index = position;
    }

    /** random(): 53 random bits from two words, as genrand_res53. */
    public double random() {
        long a = nextWord() >>> 5;
        long b = nextWord() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k): whole words least significant first; the last word keeps its top bits. */
    public BigInteger getrandbits(int k) {
        if (k < 0) throw new IllegalArgumentException("number of bits must be non-negative");
        if (k == 0) return BigInteger.ZERO;
        if (k <= 32) return BigInteger.valueOf(nextWord() >>> (32 - k));
        BigInteger r = BigInteger.ZERO;
        for (int i = 0; k > 0; i++, k -= 32) {
            long w = nextWord();
            if (k < 32) w >>>= 32 - k;
            r = r.or(BigInteger.valueOf(w).shiftLeft(32 * i));
        }
        return r;
    }

    /** _randbelow_with_getrandbits: a number in [0, n) for n > 0, by rejection. */
    public BigInteger below(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) r = getrandbits(k);
        return r;
    }

    public int below(int n) {
        return below(BigInteger.valueOf(n)).intValue();
    }

    /**
     * randrange(start, stop, step) with stop given; {@code stop == null} is randrange(start).
     * Messages are random.py's.
     */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        if (stop == null) {
            if (start.signum() > 0) return below(start);
            throw new IllegalArgumentException("empty range for randrange()");
        }
        BigInteger width = stop.subtract(start);
        if (step.equals(BigInteger.ONE)) {
            if (width.signum() > 0) return start.add(below(width));
            throw new IllegalArgumentException("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        BigInteger n;
        if (step.signum() > 0) n = floorDiv(width.add(step).subtract(BigInteger.ONE), step);
        else if (step.signum() < 0) n = floorDiv(width.add(step).add(BigInteger.ONE), step);
        else throw new IllegalArgumentException("zero step for randrange()");
        if (n.signum() <= 0) throw new IllegalArgumentException("empty range for randrange()");
        return start.add(step.multiply(below(n)));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** shuffle: for i from n-1 down to 1, swap i with below(i + 1); returns the swap partners in order. */
    public int[] shuffleSwaps(int n) {
        int[] partners = new int[Math.max(0, n - 1)];
        for (int i = n - 1; i >= 1; i--) partners[n - 1 - i] = below(i + 1);
        return partners;
    }

    /**
     * sample(population, k) as positions into the population, in selection order: the pool
     * method for small populations, rejection against a set of chosen positions otherwise.
     */
    public int[] sample(int n, int k) {
        if (k < 0 || k > n) throw new IllegalArgumentException("Sample larger than population or is negative");
        int[] result = new int[k];
        int setsize = 21;
        if (k > 5) setsize += (int) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4)));
        if (n <= setsize) {
            int[] pool = new int[n];
            for (int i = 0; i < n; i++) pool[i] = i;
            for (int i = 0; i < k; i++) {
                int j = below(n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            java.util.Set<Integer> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = below(n);
                while (selected.contains(j)) j = below(n);
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }
}
