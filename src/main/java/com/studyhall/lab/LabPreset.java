package com.studyhall.lab;

/**
 * A program the lab offers ready to run: a classic shipped with the application, or a course
 * example's scenario.
 *
 * @param key   stable identifier used in links ({@code classic:alias}, {@code example:12})
 * @param group which list the preset appears in
 */
public record LabPreset(String key, String group, String title, String code) {
}
