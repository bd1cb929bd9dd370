# Dict reprs keep insertion order and repr their keys and values.
d = {"b": 1, "a": [1, 2], 3: "three", (1, 2): None}
print(d)
print({})
d["b"] = 9
print(d)
