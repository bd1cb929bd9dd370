package com.studyhall.lab;

/** No scenario by that id among the user's own (another learner's counts as none). Answered with 404. */
class ScenarioNotFoundException extends RuntimeException {

    ScenarioNotFoundException(long id) {
        super("You have no scenario " + id + ".");
    }
}
