package com.studyhall.study;

/** What a learner can mark in a section: a lesson part done, the summary or a chapter read. */
public enum MarkKind {
    LESSON_PART, SUMMARY, CHAPTER
}
