# Sorting algorithms written by hand, each counting comparisons, checked against sorted().
import random


def bubble(a):
    a, comps = a[:], 0
    for end in range(len(a) - 1, 0, -1):
        swapped = False
        for i in range(end):
            comps += 1
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swapped = True
        if not swapped:
            break
    return a, comps


def selection(a):
    a, comps = a[:], 0
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            comps += 1
            if a[j] < a[m]:
                m = j
        a[i], a[m] = a[m], a[i]
    return a, comps


def insertion(a):
    a, comps = a[:], 0
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0:
            comps += 1
            if a[j] <= key:
                break
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a, comps


def merge_sort(a):
    if len(a) <= 1:
        return a, 0
    mid = len(a) // 2
    left, cl = merge_sort(a[:mid])
    right, cr = merge_sort(a[mid:])
    out, i, j, c = [], 0, 0, cl + cr
    while i < len(left) and j < len(right):
        c += 1
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    return out, c


def quick(a):
    if len(a) <= 1:
        return a, 0
    pivot, rest = a[0], a[1:]
    lo = [x for x in rest if x < pivot]
    hi = [x for x in rest if x >= pivot]
    sl, cl = quick(lo)
    sh, ch = quick(hi)
    return sl + [pivot] + sh, cl + ch + len(rest)


random.seed(7)
data = [random.randint(1, 99) for _ in range(20)]
print("data:", data)
print(f"{'algorithm':<10}{'comparisons':>12}  ok")
for name, fn in [("bubble", bubble), ("selection", selection), ("insertion", insertion),
                 ("merge", merge_sort), ("quick", quick)]:
    out, c = fn(data)
    print(f"{name:<10}{c:>12}  {out == sorted(data)}")
print("already sorted:", bubble(sorted(data))[1], insertion(sorted(data))[1])
print("reversed:", insertion(sorted(data, reverse=True))[1])
print(sorted(data)[:5], data[:5])
