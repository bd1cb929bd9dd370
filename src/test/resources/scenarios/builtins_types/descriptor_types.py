# type names of the objects a type's attributes are
print(type(str.upper).__name__)
print(type(int.__add__).__name__)
print(type(dict.fromkeys).__name__)
print(type([].__len__).__name__)
print(type([].append).__name__)
