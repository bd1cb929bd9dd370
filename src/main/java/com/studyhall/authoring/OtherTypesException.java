package com.studyhall.authoring;

import java.util.List;

/**
 * A GIFT file that is well formed but holds questions of a type Studyhall does not have (a
 * description); each is listed with its line. Nothing was imported: the rest imports only when the
 * author ticks "import the others".
 */
public class OtherTypesException extends FormatException {

    OtherTypesException(List<String> others) {
        super(others);
    }
}
