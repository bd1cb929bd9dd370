package com.studyhall.lab;

/** No scenario by that id among the user's own (another learner's counts as none). Answered with 404. */
class ScenarioNotFoundException extends RuntimeException {

    ScenarioNotFoundException(long id) {
        super("You have no scenario " + id + ".");
    }

    /** A share link that was never made, or was revoked, or an id that is not the reader's own. */
    ScenarioNotFoundException(String reference) {
        super("No shared scenario answers to that link. Its owner may have stopped sharing it.");
    }
}
