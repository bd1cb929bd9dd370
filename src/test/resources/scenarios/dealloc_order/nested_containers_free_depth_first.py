# Freeing an outer list frees inner lists and their items depth first, last to first.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
outer = [[T("a1"), T("a2")], [T("b1"), T("b2")]]
del outer
print("done")
