package com.studyhall.simulation.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order in which list.sort compares: a program whose __lt__ or cmp_to_key function prints sees
 * every comparison. Below 64 items CPython 3.11's listsort is one count_run and a binarysort
 * (minrun is the whole list), reproduced here comparison for comparison with `<` only; longer
 * lists are sorted by a stable merge sort whose comparisons are not CPython's galloping merges.
 */
final class ListSort {
    /** a < b as the sort asks it (PyObject_RichCompareBool with Py_LT). */
    @FunctionalInterface
    interface Less {
        boolean test(int a, int b);
    }

    private static final int MIN_MERGE = 64;

    private ListSort() { }

    /** The sorted order of the positions 0..n-1 of keys compared by less (stable). */
    static List<Integer> order(int n, Less less) {
        List<Integer> slots = new ArrayList<>(n);
        for (int i = 0; i < n; i++) slots.add(i);
        if (n < 2) return slots;
        if (n >= MIN_MERGE) {
            slots.sort((a, b) -> less.test(a, b) ? -1 : less.test(b, a) ? 1 : 0);
            return slots;
        }
        int run = countRun(slots, less);
        if (run < 0) {
            run = -run;
            Collections.reverse(slots.subList(0, run));
        }
        binarySort(slots, run, less);
        return slots;
    }

    /** count_run: the length of the run at the start, negative when it is strictly descending. */
    private static int countRun(List<Integer> s, Less less) {
        int n = 2;
        if (less.test(s.get(1), s.get(0))) {
            while (n < s.size() && less.test(s.get(n), s.get(n - 1))) n++;
            return -n;
        }
        while (n < s.size() && !less.test(s.get(n), s.get(n - 1))) n++;
        return n;
    }

    /** binarysort: each item past the sorted prefix goes after the equal items already placed. */
    private static void binarySort(List<Integer> s, int start, Less less) {
        for (int i = start; i < s.size(); i++) {
            int pivot = s.get(i);
            int l = 0;
            int r = i;
            do {
                int p = l + ((r - l) >> 1);
                if (less.test(pivot, s.get(p))) r = p;
                else l = p + 1;
            } while (l < r);
            s.remove(i);
            s.add(l, pivot);
        }
    }
}
