# Sets from lists dedupe small ints; membership and len.
s = set([4, 1, 4, 2, 1])
print(s, len(s), 4 in s, 3 in s, sorted(s))
