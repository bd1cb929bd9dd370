# CPython's AST optimizer turns a list display that is only iterated (a for loop's or a
# comprehension's iterable, the right side of `in` / `not in`) into a tuple: a constant tuple when
# its items are constants, so no list is made, and none goes to the list free list. A starred
# display stays a list.
import gc

a, b = 3, 4
rest = [9, 8]

gc.collect()
for x in [5, 0]:
    pass
print("for over constants", gc.get_count())

gc.collect()
for x in [a, b]:
    pass
print("for over names", gc.get_count())

gc.collect()
for x in [*rest, a]:
    pass
print("for over a starred display", gc.get_count())

gc.collect()
squares = [n * n for n in [1, 2, 3]]
print("comprehension", gc.get_count(), squares)

gc.collect()
pairs = {(i, j) for i in [1, 2] for j in [a, b]}
print("nested generators", gc.get_count(), sorted(pairs))

gc.collect()
found = 3 in [5, 0, 7]
missing = a not in [1, 2]
print("in and not in", gc.get_count(), found, missing)

gc.collect()
chained = 1 < a in [3, 4]
print("chain ending in in", gc.get_count(), chained)

gc.collect()
first = [1, 2] in [[1, 2], [3]]
print("lists inside the tuple", gc.get_count(), first)

gc.collect()
total = sum(v for v in [a, b, 5] if v in [4, 5])
print("generator expression", gc.get_count(), total)
