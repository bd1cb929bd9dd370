# del of an attribute frees its value if that was the last reference.
class T:
    def __del__(self):
        print("freed value")
class Box:
    pass
b = Box()
b.v = T()
del b.v
print("attribute deleted")
