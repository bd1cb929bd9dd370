# groupby groups consecutive equal keys only: the same key later starts a new group; key= groups by a function
import itertools
for k, grp in itertools.groupby("aabbbcca"):
    print(k, list(grp))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 1])])
