# Overwriting a list slot frees the old item.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
lst = [T("old")]
lst[0] = T("new")
print("replaced")
del lst
print("end")
