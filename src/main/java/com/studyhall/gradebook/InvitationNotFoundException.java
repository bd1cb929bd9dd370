package com.studyhall.gradebook;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No pending invitation with this id in this course (it was accepted, revoked or never existed). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InvitationNotFoundException extends RuntimeException {

    InvitationNotFoundException() {
        super("No pending invitation with this id in this course");
    }
}
