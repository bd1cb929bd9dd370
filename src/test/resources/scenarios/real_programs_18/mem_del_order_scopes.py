# Thonny-style demo: when does __del__ run?
class Tracked:
    def __init__(self, name):
        self.name = name
        print(f"  + {name}")

    def __del__(self):
        print(f"  - {self.name}")

print("rebinding a name:")
t = Tracked("first")
t = Tracked("second")
print("function scope:")

def work():
    local = Tracked("local")
    temp = Tracked("temp")
    del temp
    print("  work ends")
    return "done"

print(" ", work())
print("list of three:")
items = [Tracked(c) for c in "xyz"]
items.pop(1)
print("  popped")
items = None
print("dict values:")
reg = {"k1": Tracked("v1"), "k2": Tracked("v2")}
reg["k1"] = Tracked("v1b")
del reg
print("temporary in expression:")
print(" ", Tracked("tmp").name.upper())
print("end of program")
