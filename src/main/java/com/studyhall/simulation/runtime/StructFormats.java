package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyStruct;
import java.util.ArrayList;
import java.util.List;

/**
 * A struct format compiled as Modules/_struct.c's prepare_s does on x86-64 Linux: an optional byte
 * order first ('@' native sizes and alignment, '=' native order with standard sizes, '<', '>' and
 * '!' standard), then codes with repeat counts; whitespace between codes is skipped. In native mode
 * each code is aligned to its own size (no padding at the end); 's' and 'p' take their count as a
 * length, 'x' pads.
 */
final class StructFormats {
    private StructFormats() { }

    /** The codes of the native table and their sizes (alignment is the size). */
    private static final String NATIVE = "xcbB?hHiIlLqQnNefdspP";
    private static final int[] NATIVE_SIZES = {1, 1, 1, 1, 1, 2, 2, 4, 4, 8, 8, 8, 8, 8, 8, 2, 4, 8, 1, 1, 8};
    /** The standard tables have no n, N or P, and 4-byte l and L. */
    private static final String STANDARD = "xcbB?hHiIlLqQefdsp";
    private static final int[] STANDARD_SIZES = {1, 1, 1, 1, 1, 2, 2, 4, 4, 4, 4, 8, 8, 2, 4, 8, 1, 1};

    /** What prepare_s computes: the codes, the packed size, and how many values they take. */
    record Compiled(boolean little, boolean nativeSizes, List<PyStruct.Code> codes, int size, int items) { }

    static PyRaise error(String message) {
        return new PyRaise(StructModule.ERROR, message);
    }

    static Compiled compile(String fmt) {
        char order = fmt.isEmpty() ? '@' : fmt.charAt(0);
        int at = "@=<>!".indexOf(order) >= 0 ? 1 : 0;
        if (at == 0) order = '@';
        boolean nativeSizes = order == '@';
        boolean little = order == '@' || order == '=' || order == '<';
        String table = nativeSizes ? NATIVE : STANDARD;
        int[] sizes = nativeSizes ? NATIVE_SIZES : STANDARD_SIZES;
        List<PyStruct.Code> codes = new ArrayList<>();
        long size = 0;
        long items = 0;
        while (at < fmt.length()) {
            char c = fmt.charAt(at++);
            if (isSpace(c)) continue;
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (at < fmt.length() && fmt.charAt(at) >= '0' && fmt.charAt(at) <= '9') {
                    num = num * 10 + (fmt.charAt(at++) - '0');
                    if (num > Integer.MAX_VALUE) throw error("total struct size too long");
                }
                if (at >= fmt.length()) throw error("repeat count given without format specifier");
                c = fmt.charAt(at++);
            }
            int entry = table.indexOf(c);
            if (entry < 0) throw error("bad char in struct format");
            int itemSize = sizes[entry];
            if (nativeSizes && size > 0) size += (itemSize - 1) - (size - 1) % itemSize; // align()
            if (c == 's' || c == 'p') {
                codes.add(new PyStruct.Code(c, (int) size, (int) num, 1));
                items++;
            } else if (c != 'x' && num > 0) {
                codes.add(new PyStruct.Code(c, (int) size, itemSize, (int) num));
                items += num;
            }
            size += num * itemSize;
            if (size > Integer.MAX_VALUE) throw error("total struct size too long");
        }
        return new Compiled(little, nativeSizes, codes, (int) size, (int) items);
    }

    /** Py_ISSPACE. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }
}
