import gc

class Payload:
    count = 0
    def __init__(self, tag):
        self.tag = tag
        Payload.count += 1
    def __del__(self):
        Payload.count -= 1
        print("freed payload", self.tag)

def make_walker(tag):
    data = Payload(tag)
    def walk(n):
        if n == 0:
            return data.tag
        return walk(n - 1)
    return walk

gc.collect()
w = make_walker("A")
print("walk:", w(3))
print("cell refers to itself:", w.__closure__[1].cell_contents is w)
del w
print("alive after del:", Payload.count)
print("collected:", gc.collect())
print("alive after collect:", Payload.count)

def make_plain(tag):
    data = Payload(tag)
    def get():
        return data.tag
    return get

g = make_plain("B")
print("plain:", g())
del g
print("alive without cycle:", Payload.count)
