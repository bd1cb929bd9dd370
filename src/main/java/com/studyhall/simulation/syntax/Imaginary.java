package com.studyhall.simulation.syntax;

/** The value of an imaginary literal ({@code 2j}), or of a complex constant the constant folder makes ({@code 1+2j}). */
public record Imaginary(double real, double imag) {
}
