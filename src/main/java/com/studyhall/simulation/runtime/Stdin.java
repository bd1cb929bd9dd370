package com.studyhall.simulation.runtime;

/** The run's standard input, read line by line by input(). */
final class Stdin {
    private String text = "";
    private int position;

    void set(String text) {
        this.text = text == null ? "" : text;
        this.position = 0;
    }

    /** The next line without its line ending, or null at end of input (input() then raises EOFError). */
    String readLine() {
        if (position >= text.length()) return null;
        int nl = text.indexOf('\n', position);
        int end = nl < 0 ? text.length() : nl;
        String line = text.substring(position, end);
        position = nl < 0 ? text.length() : nl + 1;
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
