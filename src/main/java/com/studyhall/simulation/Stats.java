package com.studyhall.simulation;

/** Counters of one run. */
public record Stats(long steps, int objectsAllocated, int objectsFreed, int collections, long elapsedMicros) { }
