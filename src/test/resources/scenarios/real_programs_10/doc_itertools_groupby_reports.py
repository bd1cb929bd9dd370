from itertools import groupby, chain, islice, accumulate, zip_longest
from operator import itemgetter

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-02", "east", 40), ("2024-03", "north", 150),
]
for month, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    total = sum(r[2] for r in rows)
    print(f"{month}: {total:>4} from {len(rows)} regions ({', '.join(r[1] for r in rows)})")
by_region = sorted(sales, key=itemgetter(1))
for region, rows in groupby(by_region, itemgetter(1)):
    print(f"  {region:<6}", list(accumulate(r[2] for r in rows)))
print(list(chain.from_iterable(["ab", "cd", "e"])))
print(list(islice("abcdefg", 2, None, 2)))
print(list(zip_longest("abc", [1, 2], fillvalue="-")))
runs = [(k, sum(1 for _ in g)) for k, g in groupby("aaabccddddde")]
print(runs, "".join(f"{n}{k}" for k, n in runs))
words = sorted("apple avocado banana blueberry cherry cranberry date".split(), key=lambda w: w[0])
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
