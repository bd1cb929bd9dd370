# List concatenation, repetition, membership, comparison and index assignment.
a = [1, 2]
b = a + [3]
print(b, a * 2, 2 in a, [1, 2] == a, [1, 2] < [1, 3])
b[0] = 9
print(b)
del b[1]
print(b)
