# Locals die when the function returns, before the caller continues.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def f():
    a = T("local")
    print("in f")
f()
print("after f")
