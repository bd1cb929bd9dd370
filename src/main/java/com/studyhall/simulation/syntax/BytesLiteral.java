package com.studyhall.simulation.syntax;

/** The value of a bytes literal ({@code b"..."}): one char per byte, each 0-255. */
public record BytesLiteral(String value) { }
