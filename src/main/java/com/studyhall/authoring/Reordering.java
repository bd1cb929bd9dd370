package com.studyhall.authoring;

import java.util.Collections;
import java.util.List;

/** Moving one element of an ordered list a step up or down. */
final class Reordering {

    private Reordering() {
    }

    /** Swaps the element at index with its neighbour; false when it is already at that end. */
    static <T> boolean swap(List<T> ordered, int index, boolean up) {
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return false;
        }
        Collections.swap(ordered, index, other);
        return true;
    }
}
