# sum, min, max and sorted, with reverse and strings.
xs = [5, 3, 9, 1]
print(sum(xs), min(xs), max(xs), sorted(xs), sorted(xs, reverse=True))
print(min(4, 2, 8), max("pear", "apple"), sorted(["b", "c", "a"]))
print(sum([]), sum([1.5, 2.5]), xs)
