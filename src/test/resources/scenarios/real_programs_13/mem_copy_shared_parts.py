import copy

shared = [1, 2]
config = {"a": shared, "b": shared, "nested": {"list": [shared, [3]]}}

shallow = copy.copy(config)
deep = copy.deepcopy(config)

print("shallow a is original:", shallow["a"] is shared)
print("deep a is original:", deep["a"] is shared)
print("deep keeps sharing a/b:", deep["a"] is deep["b"])
print("deep nested shares too:", deep["nested"]["list"][0] is deep["a"])

shared.append(99)
print("original:", config["a"], "shallow:", shallow["a"], "deep:", deep["a"])
deep["b"].append(7)
print("deep a after b append:", deep["a"])
shallow["nested"]["list"].append("x")
print("original nested sees shallow change:", config["nested"]["list"])

tup = (1, "two", (3, 4))
print("copy of immutable tuple is same:", copy.copy(tup) is tup, copy.deepcopy(tup) is tup)
tup2 = (1, [2])
print("deepcopy of tuple holding list is new:", copy.deepcopy(tup2) is tup2)
