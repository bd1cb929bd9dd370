# Globals still alive at the end of the program are finalized after the last line.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = T("a")
b = T("b")
c = T("c")
print("last line")
