# 3.10 lets an index be a named expression: a[i := 1] binds i and subscripts with it, in a load, a
# store, an augmented assignment and a del, in a function, a comprehension and a loop.
import sys

scores = [40, 55, 70, 85]
print(scores[(i := 1)], i)
print(scores[i := len(scores) - 1], i)

tally = {}
tally[word := "plum"] = 1
tally[word] += 1
tally[other := "fig"] = 0
tally[other] += tally[word]
print(tally, word, other)

grid = [[1, 2, 3], [4, 5, 6]]
print(grid[(row := 1)][col := 2], row, col)


def last_and_index(items):
    return items[n := len(items) - 1], n


print(last_and_index("queue"))

picked = [scores[j := k] for k in range(0, 4, 2)]
print(picked, j)

key = "shared text " + str(len(scores))
holder = {}
holder[name := key] = [key]
print(sys.getrefcount(key), name is key)
del holder[gone := name]
print(holder, gone == key)

pos = 0
while scores[pos := pos + 1] < 80:
    pass
print(pos)
