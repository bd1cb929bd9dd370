# 3.11 compiles a set display of constants that a for loop or a comprehension iterates, or that is
# tested with in / not in, as a frozenset constant: no set is made (gc.get_count() does not move while
# the loop runs), and the constant, kept by the code, holds its items for the whole run.
import gc
import sys

gc.collect()
before = gc.get_count()[0]
for size in {3, 5, 8}:
    print(size, gc.get_count()[0] - before)

gc.collect()
before = gc.get_count()[0]
found = 7 in {2, 7, 11}
missing = 4 not in {2.5, 4.5}
print(found, missing, gc.get_count()[0] - before)

gc.collect()
before = gc.get_count()[0]
total = sum(n * 2 for n in {10, 20})
print(total, gc.get_count()[0] - before)

gc.collect()
before = gc.get_count()[0]
squares = [n * n for n in {4, 9}]
print(sorted(squares), gc.get_count()[0] - before)

# Not folded: a display with a name in it, and one compared again after the in.
gc.collect()
before = gc.get_count()[0]
limit = 9
for size in {1, limit}:
    print(size, gc.get_count()[0] - before)
print(3 in {3, 4} == True)

for word in {"red green"}:
    print(word, sys.getrefcount(word))
del word

for shade in {"blue violet", "cyan teal"}:
    pass
del shade
label = "blue violet"
print(sys.getrefcount(label))

kept = {"amber gold", "jade stone", "pearl shell"}
print(sys.getrefcount(kept.pop()) - sys.getrefcount("x y z"), len(kept))
