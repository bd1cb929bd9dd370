from itertools import groupby, accumulate, chain, islice, product, combinations, permutations, zip_longest, takewhile, dropwhile, count, cycle, starmap
from operator import itemgetter, mul

sales = [("north", "jan", 120), ("north", "feb", 90), ("south", "jan", 200),
         ("south", "feb", 150), ("east", "jan", 80), ("north", "mar", 60)]
for region, rows in groupby(sorted(sales, key=itemgetter(0)), key=itemgetter(0)):
    rows = list(rows)
    print(f"{region:<6}{sum(r[2] for r in rows):>5}  months={[r[1] for r in rows]}")
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(1, 6), mul)))
print(list(islice(cycle("ab"), 5)), list(islice(count(10, 5), 3)))
print(["".join(p) for p in product("xy", repeat=2)])
print(len(list(combinations(range(6), 3))), list(permutations("abc", 2))[:4])
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(chain.from_iterable([[1], [2, 3], []])))
