package com.studyhall.lab;

/** A logged-in user who is enrolled nowhere and teaches nothing asked for the lab. Answered with 403. */
class LabAccessDeniedException extends RuntimeException {

    LabAccessDeniedException() {
        super("The memory lab is open to learners enrolled in a course, instructors and admins.");
    }
}
