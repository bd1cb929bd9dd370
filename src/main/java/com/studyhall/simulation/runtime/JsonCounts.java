package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.Heap.FreeList;

/**
 * The objects json's own code makes and frees around a call that the lab keeps no object for,
 * counted in generation 0 through the free lists as CPython counts them (measured with python3
 * 3.11.7 after gc.collect(), when the free lists are empty, and in a loop, when they are stocked:
 * docs/simulation-engine.md, "The json module").
 */
final class JsonCounts {
    private JsonCounts() {
    }

    /**
     * dumps of anything but a str: the **kw and markers dicts (an own encoder's __dict__ too), the
     * encoder's argument tuple and the helpers freed before the first item is written (so a dict's
     * items list takes the list they leave), and the two argument tuples of the calls that write, kept to the end.
     */
    static void encoderMade(Heap heap, boolean ownEncoder) {
        int dicts = ownEncoder ? 3 : 2;
        for (int i = 0; i < dicts; i++) heap.countUnmodelledAllocation(FreeList.DICT, 0);
        for (int size : new int[] {9, 4}) heap.countUnmodelledAllocation(FreeList.TUPLE, size);
        heap.countUnmodelledAllocation(FreeList.LIST, 0);
        heap.countUnmodelledAllocation(FreeList.TUPLE, 2);
        heap.countUnmodelledAllocation(FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(FreeList.LIST, 0);
        for (int size : new int[] {4, 9}) heap.countUnmodelledDeallocation(FreeList.TUPLE, size);
        for (int i = 2; i < dicts; i++) heap.countUnmodelledDeallocation(FreeList.DICT, 0);
    }

    static void encoderFreed(Heap heap) {
        heap.countUnmodelledDeallocation(FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(FreeList.DICT, 0);
        heap.countUnmodelledDeallocation(FreeList.DICT, 0);
    }

    /** dumps of a str alone goes to encode_basestring at once: the **kw dict (with an own encoder, its dicts too). */
    static void stringEncoded(Heap heap, boolean ownEncoder) {
        int dicts = ownEncoder ? 3 : 1;
        for (int i = 0; i < dicts; i++) heap.countUnmodelledAllocation(FreeList.DICT, 0);
        for (int i = 0; i < dicts; i++) heap.countUnmodelledDeallocation(FreeList.DICT, 0);
    }

    /** PyMapping_Items: a list of (key, value) tuples, made for each non-empty dict written. */
    static void itemsListMade(Heap heap, int items) {
        heap.countUnmodelledAllocation(FreeList.LIST, 0);
        for (int i = 0; i < items; i++) heap.countUnmodelledAllocation(FreeList.TUPLE, 2);
    }

    static void itemsListFreed(Heap heap, int items) {
        for (int i = 0; i < items; i++) heap.countUnmodelledDeallocation(FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(FreeList.LIST, 0);
    }

    /** loads: the helpers and the scanner's argument tuple, made before the first value. */
    static void scanStarted(Heap heap, boolean ownDecoder) {
        heap.countUnmodelledAllocation(FreeList.TUPLE, 1);
        for (int i = 0; i < (ownDecoder ? 3 : 0); i++) heap.countUnmodelledAllocation(FreeList.DICT, 0);
        heap.countUnmodelledAllocation(FreeList.DICT, 0);
        heap.countUnmodelledAllocation(FreeList.TUPLE, 2);
    }

    /** loads: the (value, end) tuples of scan_once and raw_decode, then the helpers go. */
    static void scanEnded(Heap heap, boolean ownDecoder) {
        heap.countUnmodelledDeallocation(FreeList.DICT, 0);
        heap.countUnmodelledAllocation(FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(FreeList.TUPLE, 2);
        heap.countUnmodelledAllocation(FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(FreeList.TUPLE, 2);
        for (int i = 0; i < (ownDecoder ? 3 : 0); i++) heap.countUnmodelledDeallocation(FreeList.DICT, 0);
        heap.countUnmodelledDeallocation(FreeList.TUPLE, 1);
    }
}
