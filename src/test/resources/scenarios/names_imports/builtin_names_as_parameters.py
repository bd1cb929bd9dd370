# Parameters named like builtins (list, dict, id, type) shadow them inside the function only.
def describe(list, dict, id, type):
    return list + dict + id + type
print(describe(1, 2, 3, 4))
print(len([1, 2]), isinstance(3, int))
