# Sets of small ints print in ascending order; the empty set prints as set().
print({3, 1, 2}, set(), set([5, 5, 4]))
print(len({1, 1, 1}))
