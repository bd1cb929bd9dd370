# An object captured by a closure lives as long as the closure, and dies with it.
class Token:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def keeper():
    t = Token("captured")
    u = Token("not captured")
    def get():
        return t.name
    return get
g = keeper()
print("closure made")
print(g())
g = None
print("end")
