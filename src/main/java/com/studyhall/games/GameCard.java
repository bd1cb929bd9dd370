package com.studyhall.games;

/** A card as the games use it: its key ({@code flashcard-3}, {@code glossary-5}) and plain-text sides. */
record GameCard(String key, String front, String back) {
}
