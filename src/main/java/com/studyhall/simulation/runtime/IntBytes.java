package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** int.to_bytes and int.from_bytes (3.11: length 1 and byteorder 'big' by default), in int's table. */
final class IntBytes {
    private IntBytes() { }

    static void install(IntType t) {
        t.method("to_bytes", (self, args, kw) -> {
            Args.count("to_bytes", args, 0, 2);
            PyObject lengthArg = Args.get(args, kw, 0, "length");
            long length = lengthArg == null ? 1 : Args.integer(lengthArg);
            boolean little = littleEndian(Args.get(args, kw, 1, "byteorder"));
            boolean signed = signed(t, kw);
            if (length < 0) throw new PyRaise("ValueError", "length argument must be non-negative");
            BigInteger n = ((PyInt) self).value();
            if (!signed && n.signum() < 0) throw new PyRaise("OverflowError", "can't convert negative int to unsigned");
            int bits = signed ? n.bitLength() + 1 : n.bitLength();
            if (bits > length * 8 || length > 1_000_000) throw new PyRaise("OverflowError", "int too big to convert");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < length; i++) out.append((char) n.shiftRight(8 * i).and(BigInteger.valueOf(255)).intValue());
            if (!little) out.reverse();
            return t.v.bytes(out.toString());
        });
        t.classMethod("from_bytes", (type, args, kw) -> {
            Args.count("from_bytes", args, 1, 2);
            PyObject source = Args.get(args, kw, 0, "bytes");
            if (source == null) throw new PyRaise("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)");
            boolean little = littleEndian(Args.get(args, kw, 1, "byteorder"));
            boolean signed = signed(t, kw);
            String bytes = BytesLikeType.buffer(source);
            if (bytes == null) {
                if (source instanceof PyStr || source instanceof PyInt || source instanceof PyFloat || source instanceof PyNone) {
                    throw new PyRaise("TypeError", "cannot convert '" + source.typeName() + "' object to bytes");
                }
                bytes = ((BytesLikeType) t.builtins().types.named("bytes")).fromInts(source, "bytes must be in range(0, 256)");
            }
            BigInteger n = BigInteger.ZERO;
            for (int i = 0; i < bytes.length(); i++) {
                int k = little ? bytes.length() - 1 - i : i;
                n = n.shiftLeft(8).or(BigInteger.valueOf(bytes.charAt(k)));
            }
            if (signed && !bytes.isEmpty() && n.testBit(8 * bytes.length() - 1)) n = n.subtract(BigInteger.ONE.shiftLeft(8 * bytes.length()));
            if (type instanceof PyBuiltin b && b.name.equals("bool")) return t.v.bool(n.signum() != 0);
            return t.v.integer(n);
        });
    }

    private static boolean littleEndian(PyObject order) {
        if (order == null) return false;
        String s = Args.str(order);
        if (!s.equals("little") && !s.equals("big")) throw new PyRaise("ValueError", "byteorder must be either 'little' or 'big'");
        return s.equals("little");
    }

    private static boolean signed(IntType t, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!List.of("length", "byteorder", "signed", "bytes").contains(k)) {
                throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for int method");
            }
        }
        PyObject s = kw.get("signed");
        return s != null && t.ops().truthy(s);
    }
}
