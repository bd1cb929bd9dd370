# zip refills its last tuple when nobody else holds it, so ids repeat; a kept tuple is not reused.
z = zip([1, 2, 3], [4, 5, 6])
first = next(z)
second = next(z)
print(first, second, first is second)
for pair in zip([1, 2], [3, 4]):
    print(pair)
