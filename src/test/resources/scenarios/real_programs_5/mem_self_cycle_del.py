import gc

class Session:
    def __init__(self, user):
        self.user = user
        self.me = self
        self.handlers = {"logout": self.logout}

    def logout(self):
        return f"{self.user} logged out"

    def __del__(self):
        print(f"__del__ for {self.user}")

gc.collect()
s = Session("ana")
print(s.handlers["logout"]())
del s
print("after del: nothing printed yet")
print("gc found", gc.collect(), "objects")

class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __del__(self):
        print(f"parent {self.name} finalized")

class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)

    def __del__(self):
        print(f"child of {self.parent.name} finalized")

p = Parent("root")
for _ in range(2):
    Child(p)
del p
print("collecting family:", gc.collect())
print(gc.garbage)
print("done")
