import copy

a = [1, 2]
a.append(a)
print(a)
b = copy.copy(a)
print(b, b[2] is a)
c = copy.deepcopy(a)
print(c, c[2] is c, c is a)
d = {"self": None, "items": [1, 2]}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e["items"] is d["items"])
memo = {}
f = copy.deepcopy([d["items"], d["items"]], memo)
print(f[0] is f[1], id(d["items"]) in memo)
