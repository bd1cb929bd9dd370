import gc

class Noisy:
    def __init__(self, name):
        self.name = name
        print(f"  + {name}")
    def __del__(self):
        print(f"  - {name_of(self)}")

def name_of(obj):
    return obj.name

print("scope exit:")
def work():
    tmp = Noisy("local")
    return 1
work()
print("rebinding:")
x = Noisy("first")
x = Noisy("second")
print("list clear:")
items = [Noisy(f"item{i}") for i in range(3)]
items.clear()
print("cycle:")
a = Noisy("cyc-a")
b = Noisy("cyc-b")
a.peer, b.peer = b, a
del a, b
print("  nothing yet")
gc.collect()
print("temporary in expression:")
print(len(Noisy("temp").name))
print("end")
