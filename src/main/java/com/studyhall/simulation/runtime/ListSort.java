package com.studyhall.simulation.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which list.sort compares: a program whose __lt__ or cmp_to_key function prints sees
 * every comparison. This is CPython 3.11's listsort (Objects/listobject.c, Objects/listsort.txt),
 * comparison for comparison with `<` only: runs found by count_run (a strictly descending one
 * reversed), short runs extended to minrun by binarysort, the pending runs merged by the powersort
 * policy (powerloop), and each merge trimmed by gallop_right/gallop_left, then done by merge_lo
 * or merge_hi, which switch to galloping when one run keeps winning and adapt min_gallop.
 */
final class ListSort {
    /** a < b as the sort asks it (PyObject_RichCompareBool with Py_LT). */
    @FunctionalInterface
    interface Less {
        boolean test(int a, int b);
    }

    private static final int MIN_GALLOP = 7;

    private final Less less;
    /** The positions being sorted, in their current order. */
    private final int[] keys;
    private int minGallop = MIN_GALLOP;
    /** The pending runs: start, length and power (powersort's node depth). */
    private final int[] runBase = new int[85];
    private final int[] runLen = new int[85];
    private final int[] runPower = new int[85];
    private int runs;

    private ListSort(int n, Less less) {
        this.less = less;
        this.keys = new int[n];
        for (int i = 0; i < n; i++) keys[i] = i;
    }

    /** The sorted order of the positions 0..n-1 of keys compared by less (stable). */
    static List<Integer> order(int n, Less less) {
        ListSort s = new ListSort(n, less);
        if (n >= 2) s.sort();
        List<Integer> out = new ArrayList<>(n);
        for (int k : s.keys) out.add(k);
        return out;
    }

    private boolean lt(int a, int b) {
        return less.test(a, b);
    }

    private void sort() {
        int n = keys.length;
        int minrun = minrun(n);
        int lo = 0;
        int remaining = n;
        while (remaining > 0) {
            int run = countRun(lo, lo + remaining);
            if (run < 0) {
                run = -run;
                reverse(lo, lo + run);
            }
            if (run < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + run);
                run = force;
            }
            foundNewRun(run);
            runBase[runs] = lo;
            runLen[runs] = run;
            runs++;
            lo += run;
            remaining -= run;
        }
        forceCollapse();
    }

    /** merge_compute_minrun: n itself below 64, else a number in [32, 64] that splits n into near powers of 2. */
    private static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** count_run: the length of the run starting at lo, negative when it is strictly descending. */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) return 1;
        int n = 2;
        int i = lo + 1;
        if (lt(keys[i], keys[i - 1])) {
            for (i = i + 1; i < hi && lt(keys[i], keys[i - 1]); i++) n++;
            return -n;
        }
        for (i = i + 1; i < hi && !lt(keys[i], keys[i - 1]); i++) n++;
        return n;
    }

    private void reverse(int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            int t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
        }
    }

    /** binarysort: [lo, start) is sorted; each later item goes after the equal items already placed. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) start++;
        for (; start < hi; start++) {
            int pivot = keys[start];
            int l = lo;
            int r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) r = p;
                else l = p + 1;
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
        }
    }

    /** found_new_run: merges the pending runs whose power is above the new boundary's. */
    private void foundNewRun(int n2) {
        if (runs == 0) return;
        int s1 = runBase[runs - 1];
        int n1 = runLen[runs - 1];
        int power = powerloop(s1, n1, n2, keys.length);
        while (runs > 1 && runPower[runs - 2] > power) mergeAt(runs - 2);
        runPower[runs - 1] = power;
    }

    /** powerloop: the first bit where the midpoints of the two runs, as fractions of n, differ. */
    private static int powerloop(int s1, int n1, int n2, int n) {
        int result = 0;
        long a = 2L * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** merge_force_collapse: the remaining runs merged, the smaller neighbour first. */
    private void forceCollapse() {
        while (runs > 1) {
            int n = runs - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) n--;
            mergeAt(n);
        }
    }

    /** merge_at: runs i and i+1 become one. */
    private void mergeAt(int i) {
        int a = runBase[i];
        int na = runLen[i];
        int b = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        // Where b's first item goes in a: the items of a before it are in place already.
        int k = gallopRight(keys[b], keys, a, na, 0);
        a += k;
        na -= k;
        if (na == 0) return;
        // Where a's last item goes in b: the items of b after it are in place already.
        nb = gallopLeft(keys[a + na - 1], keys, b, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLo(a, na, b, nb);
        else mergeHi(a, na, b, nb);
    }

    /** gallop_right: where key goes in in[a, a+n) after the items equal to it, searched from a+hint. */
    private int gallopRight(int key, int[] in, int a, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(key, in[a + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, in[a + hint - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(key, in[a + hint + ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, in[a + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    /** gallop_left: where key goes in in[a, a+n) before the items equal to it, searched from a+hint. */
    private int gallopLeft(int key, int[] in, int a, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(in[a + hint], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(in[a + hint + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(in[a + hint - ofs], key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(in[a + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /** merge_lo: na <= nb; run a is copied aside and the merge fills from the left. */
    private void mergeLo(int a, int na, int b, int nb) {
        int[] tmp = java.util.Arrays.copyOfRange(keys, a, a + na);
        int pa = 0;
        int dest = a;
        keys[dest++] = keys[b++];
        nb--;
        if (nb == 0) {
            System.arraycopy(tmp, pa, keys, dest, na);
            return;
        }
        if (na == 1) {
            copyBThenLastA(tmp, pa, dest, b, nb);
            return;
        }
        int mg = minGallop;
        outer:
        for (;;) {
            int acount = 0;
            int bcount = 0;
            for (;;) {
                if (lt(keys[b], tmp[pa])) {
                    keys[dest++] = keys[b++];
                    bcount++;
                    acount = 0;
                    nb--;
                    if (nb == 0) break outer;
                    if (bcount >= mg) break;
                } else {
                    keys[dest++] = tmp[pa++];
                    acount++;
                    bcount = 0;
                    na--;
                    if (na == 1) {
                        copyBThenLastA(tmp, pa, dest, b, nb);
                        minGallop = mg;
                        return;
                    }
                    if (acount >= mg) break;
                }
            }
            mg++;
            do {
                mg -= mg > 1 ? 1 : 0;
                minGallop = mg;
                int k = gallopRight(keys[b], tmp, pa, na, 0);
                acount = k;
                if (k != 0) {
                    System.arraycopy(tmp, pa, keys, dest, k);
                    dest += k;
                    pa += k;
                    na -= k;
                    if (na == 1) {
                        copyBThenLastA(tmp, pa, dest, b, nb);
                        return;
                    }
                    if (na == 0) break outer;
                }
                keys[dest++] = keys[b++];
                nb--;
                if (nb == 0) break outer;
                k = gallopLeft(tmp[pa], keys, b, nb, 0);
                bcount = k;
                if (k != 0) {
                    System.arraycopy(keys, b, keys, dest, k);
                    dest += k;
                    b += k;
                    nb -= k;
                    if (nb == 0) break outer;
                }
                keys[dest++] = tmp[pa++];
                na--;
                if (na == 1) {
                    copyBThenLastA(tmp, pa, dest, b, nb);
                    return;
                }
            } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
            mg++;
            minGallop = mg;
        }
        // Succeed: what is left of a fills the end.
        if (na > 0) System.arraycopy(tmp, pa, keys, dest, na);
    }

    /** merge_lo's CopyB: the rest of b, then a's last item, which belongs at the end. */
    private void copyBThenLastA(int[] tmp, int pa, int dest, int b, int nb) {
        System.arraycopy(keys, b, keys, dest, nb);
        keys[dest + nb] = tmp[pa];
    }

    /** merge_hi: na >= nb; run b is copied aside and the merge fills from the right. */
    private void mergeHi(int a, int na, int b, int nb) {
        int[] tmp = java.util.Arrays.copyOfRange(keys, b, b + nb);
        int dest = b + nb - 1;
        int pb = nb - 1;
        int pa = a + na - 1;
        keys[dest--] = keys[pa--];
        na--;
        if (na == 0) {
            System.arraycopy(tmp, 0, keys, dest - (nb - 1), nb);
            return;
        }
        if (nb == 1) {
            copyAThenFirstB(tmp, dest, pa, na);
            return;
        }
        int mg = minGallop;
        outer:
        for (;;) {
            int acount = 0;
            int bcount = 0;
            for (;;) {
                if (lt(tmp[pb], keys[pa])) {
                    keys[dest--] = keys[pa--];
                    acount++;
                    bcount = 0;
                    na--;
                    if (na == 0) break outer;
                    if (acount >= mg) break;
                } else {
                    keys[dest--] = tmp[pb--];
                    bcount++;
                    acount = 0;
                    nb--;
                    if (nb == 1) {
                        copyAThenFirstB(tmp, dest, pa, na);
                        minGallop = mg;
                        return;
                    }
                    if (bcount >= mg) break;
                }
            }
            mg++;
            do {
                mg -= mg > 1 ? 1 : 0;
                minGallop = mg;
                int k = gallopRight(tmp[pb], keys, a, na, na - 1);
                k = na - k;
                acount = k;
                if (k != 0) {
                    dest -= k;
                    pa -= k;
                    System.arraycopy(keys, pa + 1, keys, dest + 1, k);
                    na -= k;
                    if (na == 0) break outer;
                }
                keys[dest--] = tmp[pb--];
                nb--;
                if (nb == 1) {
                    copyAThenFirstB(tmp, dest, pa, na);
                    return;
                }
                k = gallopLeft(keys[pa], tmp, 0, nb, nb - 1);
                k = nb - k;
                bcount = k;
                if (k != 0) {
                    dest -= k;
                    pb -= k;
                    System.arraycopy(tmp, pb + 1, keys, dest + 1, k);
                    nb -= k;
                    if (nb == 1) {
                        copyAThenFirstB(tmp, dest, pa, na);
                        return;
                    }
                    if (nb == 0) break outer;
                }
                keys[dest--] = keys[pa--];
                na--;
                if (na == 0) break outer;
            } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
            mg++;
            minGallop = mg;
        }
        // Succeed: what is left of b fills the start.
        if (nb > 0) System.arraycopy(tmp, 0, keys, dest - (nb - 1), nb);
    }

    /** merge_hi's CopyA: the rest of a moves right, and b's first item goes in front of it. */
    private void copyAThenFirstB(int[] tmp, int dest, int pa, int na) {
        dest -= na;
        pa -= na;
        System.arraycopy(keys, pa + 1, keys, dest + 1, na);
        keys[dest] = tmp[0];
    }
}
