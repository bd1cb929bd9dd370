package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** complex(real=0, imag=0) as 3.11's complex_new: numbers, another complex, or a string such as "1+2j". */
final class ComplexConstruction {
    private ComplexConstruction() { }

    static PyObject make(Interpreter in, List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() > 2) throw new PyRaise("TypeError", "complex() takes at most 2 arguments (" + args.size() + " given)");
        PyObject r = args.isEmpty() ? null : args.get(0);
        PyObject i = args.size() > 1 ? args.get(1) : null;
        for (Map.Entry<String, PyObject> e : kw.entrySet()) {
            if (e.getKey().equals("real") && r == null) r = e.getValue();
            else if (e.getKey().equals("imag") && i == null) i = e.getValue();
            else if (e.getKey().equals("real") || e.getKey().equals("imag")) {
                throw new PyRaise("TypeError", "argument for complex() given by name ('" + e.getKey() + "') and position ("
                        + (e.getKey().equals("real") ? 1 : 2) + ")");
            } else {
                throw new PyRaise("TypeError", "complex() got an unexpected keyword argument '" + e.getKey() + "'");
            }
        }
        if (r == null) r = in.values.integer(0) ; // complex() and complex(imag=x): real 0
        if (r instanceof PyStr s) {
            if (i != null) throw new PyRaise("TypeError", "complex() can't take second arg if first is a string");
            double[] z = parse(s.value);
            return in.heap.alloc(new PyComplex(z[0], z[1]));
        }
        if (i instanceof PyStr) throw new PyRaise("TypeError", "complex() second arg can't be a string");
        // An exact complex alone is returned itself.
        if (r instanceof PyComplex && i == null) return in.heap.newRef(r);
        double[] cr = parts(r, "complex() first argument must be a string or a number, not '");
        double[] ci = i == null ? new double[] {cr[1], 0.0} : parts(i, "complex() second argument must be a number, not '");
        // complex_new: cr - ci.imag for the real part, ci.real + cr.imag (a complex first argument's) for the imaginary one.
        double real = i instanceof PyComplex ? cr[0] - ci[1] : cr[0];
        double imag = r instanceof PyComplex && i != null ? ci[0] + cr[1] : ci[0];
        return in.heap.alloc(new PyComplex(real, imag));
    }

    /** A number argument as (real, imag): a complex's parts, or an int's or float's value with 0.0. */
    private static double[] parts(PyObject o, String error) {
        if (o instanceof PyComplex z) return new double[] {z.real, z.imag};
        PyObject n = BuiltinBases.receiver(o);
        if (n instanceof PyInt || n instanceof PyFloat) return new double[] {FloatType.toDouble(n), 0.0};
        // try_complex_special_method found no __complex__; PyFloat_AsDouble then falls back to __index__.
        PyInt index = o instanceof PyInstance ? NumberIndex.of(o) : null;
        if (index != null) return new double[] {index.value().doubleValue(), 0.0};
        throw new PyRaise("TypeError", error + o.typeName() + "'");
    }

    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?"
            + DIGITS + ")?|(?i:inf|infinity|nan))");

    /** complex_from_string_inner: "[(] [real] [(+|-)imag j] [)]" with whitespace around; a bare "j" is 1j. */
    static double[] parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) s = s.substring(1, s.length() - 1).strip();
        if (s.isEmpty()) throw malformed();
        char last = s.charAt(s.length() - 1);
        if (last != 'j' && last != 'J') return new double[] {number(s), 0.0};
        String body = s.substring(0, s.length() - 1);
        int split = -1;
        for (int k = body.length() - 1; k > 0; k--) {
            char c = body.charAt(k);
            if ((c == '+' || c == '-') && body.charAt(k - 1) != 'e' && body.charAt(k - 1) != 'E') {
                split = k;
                break;
            }
        }
        double real = split < 0 ? 0.0 : number(body.substring(0, split));
        String imag = split < 0 ? body : body.substring(split);
        double im = imag.isEmpty() || imag.equals("+") ? 1.0 : imag.equals("-") ? -1.0 : number(imag);
        return new double[] {real, im};
    }

    private static double number(String s) {
        if (!FLOAT.matcher(s).matches()) throw malformed();
        String t = s.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        boolean negative = t.startsWith("-");
        String u = t.startsWith("+") || negative ? t.substring(1) : t;
        double d = u.startsWith("inf") ? Double.POSITIVE_INFINITY : u.equals("nan") ? Double.NaN : Double.parseDouble(u);
        return negative ? -d : d;
    }

    private static PyRaise malformed() {
        return new PyRaise("ValueError", "complex() arg is a malformed string");
    }
}
