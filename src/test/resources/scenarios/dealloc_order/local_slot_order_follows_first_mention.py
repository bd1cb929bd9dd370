# Locals are released in slot order, which follows their first mention in the code, not assignment order.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def f(flag):
    if flag:
        second = T("unused")
    first = T("first")
    second = T("second")
    print("returning")
f(False)
print("done")
