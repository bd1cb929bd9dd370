# __name__ of descriptors and bound builtins
print(str.upper.__name__, list.append.__name__, int.__add__.__name__)
print([].append.__name__, dict.fromkeys.__name__)
