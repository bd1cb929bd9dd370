package com.studyhall.simulation.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.studyhall.simulation.heap.PyRaise;
import java.math.BigInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every expected text below is what python3 3.11 printed for the same input. */
class NumberTextTest {
    private static String outcome(Supplier<String> s) {
        try {
            return s.get();
        } catch (PyRaise e) {
            return "!" + e.type + ": " + e.pyMessage;
        }
    }

    private static double parseRepr(String r) {
        return switch (r) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(r);
        };
    }

    @Test
    void formatSpecsFormatLikeCPython() {
        String[][] cases = {
                {"int:1", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"},
                {"float:1.5", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
                {"str:a", ">d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
                {"str:a", "+", "!ValueError: Sign not allowed in string format specifier"},
                {"str:a", "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
                {"int:5", ".2d", "!ValueError: Precision not allowed in integer format specifier"},
                {"int:5", ",x", "!ValueError: Cannot specify ',' with 'x'."},
                {"int:5", "_x", "5"},
                {"int:300", "c", "\u012c"},
                {"float:1.0", "#g", "1.00000"},
                {"float:1.0", "#.0f", "1."},
                {"int:255", "#x", "0xff"},
                {"int:255", "#o", "0o377"},
                {"int:255", "#b", "0b11111111"},
                {"float:1e+16", "", "1e+16"},
                {"float:1e+16", ".3", "1e+16"},
                {"float:123.456", ".3", "1.23e+02"},
                {"float:12345.0", ".3", "1.23e+04"},
                {"float:0.0001", ".3", "0.0001"},
                {"float:1.5", "z.0f", "2"},
                {"float:-0.0", "z.1f", "0.0"},
                {"float:1234567.891", ",.2f", "1,234,567.89"},
                {"int:1234567", "_", "1_234_567"},
                {"int:3735928559", "_x", "dead_beef"},
                {"int:-5", "=+08d", "-0000005"},
                {"int:5", " d", " 5"},
                {"float:3.14159", "10.3e", " 3.142e+00"},
                {"float:1e-07", "", "1e-07"},
                {"float:nan", "08.2f", "00000nan"},
                {"float:-inf", "+f", "-inf"},
                {"float:0.5", ".0%", "50%"},
                {"int:123456789", "n", "123456789"},
                {"float:1.5", "n", "1.5"},
                {"str:abc", ".2", "ab"},
                {"str:abc", "^9", "   abc   "},
                {"str:abc", "*^8", "**abc***"},
                {"float:1.5", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
                {"float:123.0", ".3", "1.23e+02"},
                {"float:100.0", ".3", "1e+02"},
                {"float:1.0", ".3", "1.0"},
                {"int:1234", "010,", "00,001,234"},
                {"int:1234", "0=10,", "00,001,234"},
                {"float:1234.5", "012,.1f", "00,001,234.5"},
                {"int:-1234", "010,", "-0,001,234"},
                {"float:0.0", "e", "0.000000e+00"},
                {"float:0.0", "g", "0"},
                {"float:1e+100", "f", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"},
                {"int:5", "e", "5.000000e+00"},
                {"int:5", "%", "500.000000%"},
                {"int:255", "X", "FF"},
                {"int:255", "#X", "0XFF"},
                {"int:-255", "#x", "-0xff"},
                {"int:65", "c", "A"},
                {"str:x", "c", "!ValueError: Unknown format code 'c' for object of type 'str'"},
                {"float:1.25", ".1f", "1.2"},
                {"float:2.675", ".2f", "2.67"},
                {"float:1e+22", "", "1e+22"},
                {"float:1.5e-05", "g", "1.5e-05"},
                {"float:123456789.0", "g", "1.23457e+08"},
                {"float:0.1", ".20f", "0.10000000000000000555"},
                {"int:5", "+", "+5"},
                {"float:5.0", "+", "+5.0"},
                {"float:-0.0", "", "-0.0"},
                {"int:12", "#_b", "0b1100"},
                {"float:3.14159", ".2f", "3.14"},
                {"float:3.14159", "8.3f", "   3.142"},
                {"int:42", "05d", "00042"},
                {"int:42", "<6", "42    "},
                {"int:42", "^7", "  42   "},
                {"int:-42", ">6", "   -42"},
                {"float:0.000123456", ".2e", "1.23e-04"},
                {"float:1e-05", ".3g", "1e-05"},
                {"float:0.3333333333333333", "", "0.3333333333333333"},
                {"float:0.6666666666666666", ".10", "0.6666666667"},
                {"float:1e+301", ".2f", "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863713750804478640437044438328838781769425232353604305756447921847867069828483872009265758037378302337947880900593689532349707999450811190389676408800746527427801424945792587888200568428381156694721963868654594005401600.00"},
                {"float:-1.5", "+.1f", "-1.5"},
                {"float:1234.5678", "_.3f", "1_234.568"},
                {"float:0.125", ".2f", "0.12"},
                {"float:0.375", ".2f", "0.38"},
                {"float:99.99", ".1f", "100.0"},
                {"float:1000000000000000.0", "g", "1e+15"},
                {"float:1e+16", "g", "1e+16"},
                {"float:123456.0", "#.3g", "1.23e+05"},
                {"float:1.0", ".0e", "1e+00"},
                {"float:1.0", "#.0e", "1.e+00"},
                {"float:5e-324", "", "5e-324"},
                {"float:1.7976931348623157e+308", "", "1.7976931348623157e+308"},
                {"float:0.30000000000000004", "", "0.30000000000000004"},
                {"float:0.0001", "", "0.0001"},
                {"float:1e-05", "", "1e-05"},
                {"float:1.2345678901234568e+17", "", "1.2345678901234568e+17"},
                {"int:-7", "x", "-7"},
                {"int:7", "#010b", "0b00000111"},
                {"str:hi", ">5s", "   hi"},
                {"str:hi", "<5", "hi   "},
                {"int:12", "", "12"},
                {"bool:True", ">5", "    1"},
        };
        for (String[] c : cases) {
            String[] value = c[0].split(":", 2);
            String got = outcome(() -> switch (value[0]) {
                case "int" -> FormatSpec.parse(c[1], "int").formatInt(new BigInteger(value[1]), "int");
                case "bool" -> FormatSpec.parse(c[1], "bool").formatInt(value[1].equals("True") ? BigInteger.ONE : BigInteger.ZERO, "bool");
                case "float" -> FormatSpec.parse(c[1], "float").formatFloat(parseRepr(value[1]), "float");
                default -> FormatSpec.parse(c[1], "str").formatStr(value[1]);
            });
            assertThat(got).as("format(%s, %s)", c[0], c[1]).isEqualTo(c[2]);
        }
    }

    @Test
    void floatReprIsTheShortestRoundTrip() {
        String[][] cases = {
                {"0x1.999999999999ap-4", "0.1"},
                {"0x1.3333333333334p-2", "0.30000000000000004"},
                {"0x1.5555555555555p-2", "0.3333333333333333"},
                {"0x1.0000000000000p+60", "1.152921504606847e+18"},
                {"0x1.1c37937e08000p+53", "1e+16"},
                {"0x1.c6bf526340000p+49", "1000000000000000.0"},
                {"0x1.d6f34547df3b6p+26", "123456789.123"},
                {"0x0.0000000000001p-1022", "5e-324"},
                {"0x1.0000000000000p-1022", "2.2250738585072014e-308"},
                {"0x1.0000000000000p+53", "9007199254740992.0"},
                {"0x1.52d02c7e14af6p+76", "1e+23"},
                {"0x1.c7e83209e90b2p+72", "8.41e+21"},
                {"0x1.3333333333333p-2", "0.3"},
                {"0x1.fffffffffffffp+1023", "1.7976931348623157e+308"},
                {"0x1.1666666666666p+2", "4.35"},
                {"0x1.9000000000000p+6", "100.0"},
                {"0x1.a36e2eb1c432dp-14", "0.0001"},
                {"0x1.02e4b6ce5dc68p-13", "0.00012345"},
                {"0x0.0000000000003p-1022", "1.5e-323"},
                {"0x1.52d02c7e14af6p+76", "1e+23"},
                {"-0x1.4000000000000p+1", "-2.5"},
                {"0x1.ad7f29abcaf48p-24", "1e-07"},
                {"0x1.56a95319d63e1p+63", "1.2345678901234567e+19"},
        };
        for (String[] c : cases) {
            assertThat(FloatText.repr(Double.parseDouble(c[0]))).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void intParsesEveryBaseAndRefusesWhatCPythonRefuses() {
        String[][] cases = {
                {"42", "10", "42"},
                {" -0x1F ", "16", "-31"},
                {"0x1F", "0", "31"},
                {"0b101", "0", "5"},
                {"0o17", "0", "15"},
                {"010", "0", "!ValueError: invalid literal for int() with base 0: '010'"},
                {"000", "0", "0"},
                {"1_000", "10", "1000"},
                {"1__0", "10", "!ValueError: invalid literal for int() with base 10: '1__0'"},
                {"_1", "10", "!ValueError: invalid literal for int() with base 10: '_1'"},
                {"ff", "16", "255"},
                {"FF", "16", "255"},
                {"z", "36", "35"},
                {"12", "1", "!ValueError: int() base must be >= 2 and <= 36, or 0"},
                {"", "10", "!ValueError: invalid literal for int() with base 10: ''"},
                {"  7  ", "10", "7"},
                {"0x_f", "16", "15"},
                {"1.5", "10", "!ValueError: invalid literal for int() with base 10: '1.5'"},
                {"+5", "10", "5"},
                {"- 5", "10", "!ValueError: invalid literal for int() with base 10: '- 5'"},
                {"12", "37", "!ValueError: int() base must be >= 2 and <= 36, or 0"},
                {"9", "8", "!ValueError: invalid literal for int() with base 8: '9'"},
        };
        for (String[] c : cases) {
            assertThat(outcome(() -> IntText.parse(c[0], Integer.parseInt(c[1])).toString())).as("int(%s, %s)", c[0], c[1]).isEqualTo(c[2]);
        }
    }

    @Test
    void floatParsesPythonsGrammar() {
        String[][] cases = {
                {"1.5", "1.5"},
                {"  -2.5e3 ", "-2500.0"},
                {".5", "0.5"},
                {"5.", "5.0"},
                {"1_000.5", "1000.5"},
                {"inf", "inf"},
                {"-Infinity", "-inf"},
                {"nan", "nan"},
                {"1e", "!ValueError: could not convert string to float: '1e'"},
                {"abc", "!ValueError: could not convert string to float: 'abc'"},
                {"1__0", "!ValueError: could not convert string to float: '1__0'"},
                {"", "!ValueError: could not convert string to float: ''"},
                {" ", "!ValueError: could not convert string to float: ' '"},
                {"1e5", "100000.0"},
                {"0x10", "!ValueError: could not convert string to float: '0x10'"},
                {"1_e5", "!ValueError: could not convert string to float: '1_e5'"},
                {"+.5e-3", "0.0005"},
                {"12.34.5", "!ValueError: could not convert string to float: '12.34.5'"},
        };
        for (String[] c : cases) {
            assertThat(outcome(() -> FloatText.repr(FloatText.parse(c[0])))).as("float(%s)", c[0]).isEqualTo(c[1]);
        }
    }
}
