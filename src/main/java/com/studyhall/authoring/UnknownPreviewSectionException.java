package com.studyhall.authoring;

/** The course form named a free preview section the course does not have. */
class UnknownPreviewSectionException extends RuntimeException {

    UnknownPreviewSectionException(String slug) {
        super("This course has no section '" + slug + "' to offer as a free preview.");
    }
}
