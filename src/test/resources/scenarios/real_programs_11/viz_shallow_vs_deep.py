import copy

original = {"name": "team", "members": ["ann", "bob"], "meta": {"size": 2}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)

shallow["name"] = "renamed"
shallow["members"].append("cy")
deep["meta"]["size"] = 99

print("original:", original)
print("shallow: ", shallow)
print("deep:    ", deep)
print("members shared by shallow:", shallow["members"] is original["members"])
print("members shared by deep:", deep["members"] is original["members"])
print("meta shared by shallow:", shallow["meta"] is original["meta"])

matrix = [[1, 2], [3, 4]]
m2 = list(matrix)
m3 = [row[:] for row in matrix]
matrix[0][0] = 100
print(m2, m3)
