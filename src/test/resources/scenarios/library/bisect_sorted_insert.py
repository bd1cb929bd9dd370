# bisect finds insertion points with `<`; insort inserts and grows the list as insert does
import bisect, sys
grades = [60, 70, 80, 90]
for score in [55, 70, 85, 90, 99]:
    print(score, bisect.bisect_left(grades, score), bisect.bisect_right(grades, score), "FDCBA"[bisect.bisect(grades, score)])
seen = []
for x in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(seen, x)
    print(seen, sys.getsizeof(seen))
bisect.insort_left(seen, 4)
print(seen, bisect.bisect_left(seen, 4, 2), bisect.bisect_right(seen, 4, 0, 5))
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people, sys.getrefcount(people[2]))
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print(e)
