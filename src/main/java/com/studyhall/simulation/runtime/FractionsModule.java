package com.studyhall.simulation.runtime;

/** fractions: the Fraction class (the checker refuses the module's other names and Fraction's from_float/from_decimal). */
final class FractionsModule extends NativeModule {
    FractionsModule(Interpreter in, FractionType fractions) {
        super("fractions", in);
        keywordFunction("Fraction", fractions::construct);
    }
}
