# itertools in a report
import itertools
sales = [("north", "jan", 10), ("north", "feb", 12), ("south", "jan", 7), ("south", "feb", 3), ("east", "jan", 9)]
for region, rows in itertools.groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(f"{region:<6}{sum(r[2] for r in rows):>4}")
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.combinations("abc", 2)))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.chain([1], (2, 3), "ab")))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.product([0, 1], repeat=2)))
print(dict(itertools.zip_longest(range(2), "q")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
