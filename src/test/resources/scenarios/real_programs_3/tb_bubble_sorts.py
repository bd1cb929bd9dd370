def bubble_sort(xs):
    xs = list(xs)
    n = len(xs)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return xs, swaps

def insertion_sort(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick_sort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

data = [64, 34, 25, 12, 22, 11, 90, 5]
print(bubble_sort(data))
print(insertion_sort(data), merge_sort(data) == sorted(data), quick_sort(data))
print(data)
people = [("bob", 25), ("amy", 30), ("cat", 25)]
print(sorted(people, key=lambda p: (p[1], p[0])))
from operator import itemgetter
print(sorted(people, key=itemgetter(1), reverse=True))
