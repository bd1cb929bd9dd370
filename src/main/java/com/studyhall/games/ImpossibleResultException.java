package com.studyhall.games;

/** A posted result no honest game could produce (or one that names things the section lacks): answered 400. */
class ImpossibleResultException extends RuntimeException {

    ImpossibleResultException(String message) {
        super(message);
    }
}
