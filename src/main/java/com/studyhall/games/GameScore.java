package com.studyhall.games;

/** One game's result as two numbers; {@link GameKind} says what they mean and which is better. */
record GameScore(int first, int second) {
}
