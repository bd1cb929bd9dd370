# Sorting lab: bubble, selection, insertion and merge sort, counting comparisons.
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
    left, c1 = merge_sort(a[:mid])
    right, c2 = merge_sort(a[mid:])
    out, i, j, comps = [], 0, 0, c1 + c2
    while i < len(left) and j < len(right):
        comps += 1
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:], comps

random.seed(99)
data = [random.randint(1, 100) for _ in range(25)]
print(data)
for name, fn in [("bubble", bubble), ("selection", selection), ("insertion", insertion), ("merge", merge_sort)]:
    for label, inp in [("random", data), ("sorted", sorted(data)), ("reversed", sorted(data, reverse=True))]:
        result, comps = fn(inp)
        assert result == sorted(inp)
        print(f"{name:9} {label:8} {comps:4d}")

def binary_search(a, target):
    lo, hi, steps = 0, len(a) - 1, 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

s = sorted(set(data))
print([binary_search(s, t) for t in (s[0], s[-1], s[len(s) // 2], 1000)])
