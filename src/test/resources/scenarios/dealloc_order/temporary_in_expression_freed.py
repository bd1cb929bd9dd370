# A temporary object used only inside an expression is freed when the expression is done.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
    def size(self):
        return 3
n = T("temp").size() + 1
print("n", n)
