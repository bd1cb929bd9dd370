package com.studyhall.simulation.heap;

import com.studyhall.simulation.library.PyHash;
import java.math.BigInteger;

/** An int past a long's range (made only by {@link PyInt#of}): the same type as PyInt, held as a BigInteger. */
public final class PyBigInt extends PyInt {
    private final BigInteger big;

    PyBigInt(BigInteger value) {
        super(0);
        this.big = value;
    }

    @Override
    public boolean fitsLong() {
        return false;
    }

    @Override
    public BigInteger value() {
        return big;
    }

    @Override
    public int signum() {
        return big.signum();
    }

    @Override
    public int bitLength() {
        return big.bitLength();
    }

    @Override
    public long pyHash() {
        return PyHash.ofInt(big);
    }

    @Override
    public long sizeof() {
        return sizeForBits(big.abs().bitLength());
    }

    @Override
    public String decimal() {
        return big.toString();
    }
}
