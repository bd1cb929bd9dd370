import bisect

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

scores = [33, 99, 77, 70, 89, 90, 100, 59.9, 60]
print([grade(s) for s in scores])

leaderboard = []
for name, pts in [("ana", 40), ("ben", 75), ("cy", 40), ("dee", 90), ("eve", 10)]:
    bisect.insort(leaderboard, (pts, name))
    print(f"after {name:<3}: {leaderboard}")

pts_only = [p for p, _ in leaderboard]
print(bisect.bisect_left(pts_only, 40), bisect.bisect_right(pts_only, 40))

def count_in_range(sorted_vals, lo, hi):
    return bisect.bisect_right(sorted_vals, hi) - bisect.bisect_left(sorted_vals, lo)

data = sorted([5, 1, 9, 3, 3, 7, 12, 3, 8])
print(data, count_in_range(data, 3, 8), count_in_range(data, 10, 20))

def find_exact(xs, x):
    i = bisect.bisect_left(xs, x)
    if i != len(xs) and xs[i] == x:
        return i
    raise ValueError(f"{x} not found")

print(find_exact(data, 7))
try:
    find_exact(data, 4)
except ValueError as e:
    print(e)

words = sorted("pear fig apple kiwi mango banana".split())
pos = bisect.bisect_left(words, "grape")
print(words, "grape goes at", pos)
bisect.insort_left(words, "grape")
print(words)
print(bisect.bisect([1, 2, 2, 2, 3], 2, lo=2), bisect.bisect_left([1, 2, 2, 2, 3], 2, hi=2))
