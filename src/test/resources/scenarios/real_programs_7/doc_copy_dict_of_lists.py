import copy

inventory = {"fruit": ["apple", "pear"], "veg": ["leek"]}
shallow = copy.copy(inventory)
method_copy = inventory.copy()
deep = copy.deepcopy(inventory)
inventory["fruit"].append("plum")
inventory["nuts"] = ["almond"]
print("shallow:", shallow)
print("method :", method_copy)
print("deep   :", deep)
print(shallow["fruit"] is inventory["fruit"], deep["fruit"] is inventory["fruit"])
print(shallow == method_copy, "nuts" in shallow)
nested = [[0] * 2] * 2
clone = copy.deepcopy(nested)
clone[0][0] = 9
print(nested, clone, clone[0] is clone[1])
