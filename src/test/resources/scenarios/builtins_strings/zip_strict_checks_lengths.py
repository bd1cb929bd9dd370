# zip(strict=True) pairs items as zip does and raises ValueError when the inputs run out unevenly.
names = ["ann", "bob", "cy"]
scores = [90, 80, 70]
print(list(zip(names, scores, strict=True)))
for args in ((names, [1, 2]), ([1], names), ([1, 2], [1, 2], [3]), ([1], [2], [3, 4])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
pairs = zip([1, 2], "ab", strict=False)
print(list(pairs))
