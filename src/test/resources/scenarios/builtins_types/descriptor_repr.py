# reprs of method descriptors and slot wrappers name the method and the owning type
print(str.upper)
print(list.append)
print(dict.get)
print(int.__add__)
print(object.__init__)
print(str.__len__)
