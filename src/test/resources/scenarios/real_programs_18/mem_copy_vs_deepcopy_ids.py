# Memory lecture: assignment, shallow copy and deep copy of a nested gradebook.
import copy

book = {"ana": [90, 85], "ben": [70], "meta": {"term": "fall", "tags": ["cs1"]}}
alias = book
shallow = copy.copy(book)
deep = copy.deepcopy(book)

print("alias is book:", alias is book)
print("shallow is book:", shallow is book, "| deep is book:", deep is book)
for key in book:
    print(f"{key:5} shallow shares: {id(shallow[key]) == id(book[key])!s:5} deep shares: {id(deep[key]) == id(book[key])}")
print("inner tags shared (shallow):", shallow["meta"]["tags"] is book["meta"]["tags"])
print("inner tags shared (deep):", deep["meta"]["tags"] is book["meta"]["tags"])
print("term str shared (deep):", deep["meta"]["term"] is book["meta"]["term"])

book["ana"].append(100)
book["ben"] = [75]
book["meta"]["tags"].append("python")
print("book   ", book)
print("alias  ", alias)
print("shallow", shallow)
print("deep   ", deep)

row = [0] * 3
grid_bad = [row] * 3
grid_good = [[0] * 3 for _ in range(3)]
grid_bad[0][0] = 1
grid_good[0][0] = 1
print(grid_bad, [r is grid_bad[0] for r in grid_bad])
print(grid_good, [r is grid_good[0] for r in grid_good])
nested = [[1, 2], [3, 4]]
sliced = nested[:]
listed = list(nested)
print(sliced is nested, sliced[0] is nested[0], listed[1] is nested[1])
t = (1, [2, 3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is (1, 2) or "equal-only")
