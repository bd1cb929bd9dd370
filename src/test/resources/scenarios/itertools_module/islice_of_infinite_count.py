# islice makes an infinite iterator finite; bad arguments raise CPython's ValueError
import itertools
print(list(itertools.islice(itertools.count(100, 7), 4)))
print(list(itertools.islice("abcdefgh", 2, 7, 2)))
for bad in [(-1,), (0, 5, 0)]:
    try:
        itertools.islice(range(3), *bad)
    except ValueError as e:
        print("ValueError:", e)
