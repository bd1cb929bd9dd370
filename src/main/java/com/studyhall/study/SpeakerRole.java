package com.studyhall.study;

/** Who speaks a turn of a classroom conversation. */
public enum SpeakerRole {
    TEACHER, STUDENT
}
