import itertools
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.accumulate([1, 2, 3, 4])))
for key, group in itertools.groupby(sorted("aabbbcd")):
    print(key, len(list(group)))
print(list(itertools.chain([1], (2, 3), "ab")))
print(list(zip(itertools.count(10, 5), "xyz")))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
