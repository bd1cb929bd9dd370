package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyFloat;
import com.studyhall.simulation.heap.PyInt;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The format-spec mini-language for f-string fields (fill, align, width, grouping, precision, type). */
final class Format {
    private static final Pattern SPEC = Pattern.compile("(?:(.)?([<>^=]))?([+\\- ])?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?([bcdeEfFgGnosxX%])?");

    private Format() { }

    static String apply(Ops ops, PyObject v, String converted, String spec) {
        if (spec.isEmpty()) return converted != null ? converted : ops.str(v);
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) throw new PyRaise("ValueError", "Invalid format specifier");
        String fill = m.group(1) != null ? m.group(1) : (m.group(4) != null ? "0" : " ");
        String align = m.group(2);
        String sign = m.group(3);
        int width = m.group(5) != null ? Integer.parseInt(m.group(5)) : 0;
        String grouping = m.group(6);
        Integer precision = m.group(7) != null ? Integer.parseInt(m.group(7)) : null;
        String type = m.group(8);
        String body;
        boolean numeric = converted == null && (v instanceof PyInt || v instanceof PyFloat);
        if (converted != null || !numeric) {
            body = converted != null ? converted : ops.str(v);
            if (type != null && !type.equals("s")) {
                throw new PyRaise("ValueError", "Unknown format code '" + type + "' for object of type '" + v.typeName() + "'");
            }
            if (precision != null && body.length() > precision) body = body.substring(0, precision);
            if (align == null) align = "<";
        } else {
            body = number(v, type, precision, grouping);
            if (sign != null && !body.startsWith("-")) body = (sign.equals(" ") ? " " : sign.equals("+") ? "+" : "") + body;
            if (align == null) align = m.group(4) != null ? "=" : ">";
        }
        return pad(body, fill, align, width);
    }

    private static String number(PyObject v, String type, Integer precision, String grouping) {
        if (type == null && v instanceof PyInt i) return group(i.value.toString(), grouping);
        if (type == null && precision == null) return group(com.studyhall.simulation.heap.Reprs.floatRepr(((PyFloat) v).value), grouping);
        if (type != null && (type.equals("d") || type.equals("n"))) {
            if (!(v instanceof PyInt i)) throw new PyRaise("ValueError", "Unknown format code 'd' for object of type 'float'");
            return group(i.value.toString(), grouping);
        }
        if (type != null && (type.equals("x") || type.equals("X") || type.equals("b") || type.equals("o"))) {
            if (!(v instanceof PyInt i)) throw new PyRaise("ValueError", "Unknown format code '" + type + "' for object of type 'float'");
            int radix = type.equals("b") ? 2 : type.equals("o") ? 8 : 16;
            String s = i.value.toString(radix);
            return type.equals("X") ? s.toUpperCase() : s;
        }
        double d = v instanceof PyInt i ? i.value.doubleValue() : ((PyFloat) v).value;
        int p = precision == null ? 6 : precision;
        if (type == null || type.equals("g") || type.equals("G")) {
            String g = general(d, Math.max(1, p), type == null);
            return group("G".equals(type) ? g.toUpperCase() : g, grouping);
        }
        if (type.equals("f") || type.equals("F") || type.equals("%")) {
            if (Double.isNaN(d)) return "nan";
            if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
            if ("%".equals(type)) d *= 100;
            String s = new BigDecimal(d).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
            if (d < 0 || (d == 0 && 1 / d < 0)) s = s.startsWith("-") ? s : "-" + s;
            return group(s, grouping) + ("%".equals(type) ? "%" : "");
        }
        if (type.equals("e") || type.equals("E")) {
            String s = String.format("%." + p + "e", d);
            return type.equals("E") ? s.toUpperCase() : s;
        }
        return general(d, Math.max(1, p), false);
    }

    /** The 'g' presentation (and the default one with a precision, which keeps a '.0'). */
    private static String general(double d, int p, boolean keepPoint) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-" : "") + (keepPoint ? "0.0" : "0");
        BigDecimal rounded = new BigDecimal(d).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        int exp = rounded.precision() - rounded.scale() - 1;
        String out;
        // With the default presentation (Py_DTSF_ADD_DOT_0) exponent notation starts one digit earlier.
        if (exp < -4 || exp >= (keepPoint ? p - 1 : p)) {
            String digits = rounded.unscaledValue().abs().toString();
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            mant = stripZeros(mant);
            out = (d < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        } else {
            out = stripZeros(rounded.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString());
            if (keepPoint && !out.contains(".")) out += ".0";
        }
        return out;
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String group(String digits, String sep) {
        if (sep == null) return digits;
        String sign = digits.startsWith("-") ? "-" : "";
        String s = sign.isEmpty() ? digits : digits.substring(1);
        int dot = s.indexOf('.');
        String intPart = dot < 0 ? s : s.substring(0, dot);
        String rest = dot < 0 ? "" : s.substring(dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) b.append(sep);
            b.append(intPart.charAt(i));
        }
        return sign + b + rest;
    }

    private static String pad(String body, String fill, String align, int width) {
        int n = body.codePointCount(0, body.length());
        if (n >= width) return body;
        String padding = fill.repeat(width - n);
        switch (align) {
            case "<": return body + padding;
            case "^": {
                int left = (width - n) / 2;
                return fill.repeat(left) + body + fill.repeat(width - n - left);
            }
            case "=": {
                if (body.startsWith("-") || body.startsWith("+")) return body.charAt(0) + padding + body.substring(1);
                return padding + body;
            }
            default: return padding + body;
        }
    }
}
