import gc
import itertools
from itertools import groupby, accumulate, combinations, product, chain, islice, count, zip_longest


gc.collect()
sales = [("north", 120), ("north", 80), ("south", 50), ("east", 70), ("east", 30), ("east", 5)]
for region, rows in groupby(sales, key=lambda r: r[0]):
    amounts = [amt for _, amt in rows]
    print(f"{region:>6}: {amounts} total={sum(amounts)}")
print("running:", list(accumulate(amt for _, amt in sales)))
print("running max:", list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print("pairs:", list(combinations("ABCD", 2)))
print("grid:", ["".join(p) for p in product("xy", "12")])
print("flat:", list(chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print("first evens:", list(islice((n for n in count(1) if n % 2 == 0), 5)))
print("zip longest:", list(zip_longest("abc", [1, 2], fillvalue="-")))
print("cycle:", list(islice(itertools.cycle("RGB"), 7)))
print("repeat:", list(itertools.repeat("ha", 3)))
print("collected:", gc.collect())
