# After an uncaught exception, globals are still finalized at shutdown, so __del__ output follows.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
a = T("a")
b = T("b")
print("failing")
print(missing)
