# Parameters come before other locals in a frame, so they are released first at return.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def f(p):
    local = T("local")
    print("in f")
f(T("param"))
print("done")
