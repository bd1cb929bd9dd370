import bisect


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60, 59)])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list)
print(bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5), bisect.bisect(sorted_list, 0))


def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")


print(index_of(sorted_list, 6))
try:
    index_of(sorted_list, 3)
except ValueError as e:
    print(e)
records = [("ann", 31), ("bo", 22), ("cy", 45), ("di", 28)]
records.sort(key=lambda r: r[1])
ages = [r[1] for r in records]
print(records[bisect.bisect_left(ages, 28):bisect.bisect_right(ages, 40)])
print(bisect.bisect_left(records, 30, key=lambda r: r[1]))
intervals = [(1, 3), (2, 6), (8, 10), (9, 12), (15, 18)]
merged = []
for s, e in sorted(intervals):
    if merged and s <= merged[-1][1]:
        merged[-1] = (merged[-1][0], max(merged[-1][1], e))
    else:
        merged.append((s, e))
print(merged)
