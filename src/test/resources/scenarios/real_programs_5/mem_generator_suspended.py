import sys

class Chunk:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print(f"    chunk {self.n} freed")

def reader(count):
    buffer = Chunk(-1)
    for i in range(count):
        chunk = Chunk(i)
        yield chunk.n
    print("    reader finished")

print("create generator (nothing runs yet):")
g = reader(3)
print("first next:")
print("  got", next(g))
print("second next (chunk 0 replaced):")
print("  got", next(g))
print("close early:")
g.close()
print("  closed; next gives", next(g, "nothing"))

print("run to the end:")
for value in reader(2):
    print("  value", value)

print("drop a suspended generator:")
h = reader(5)
next(h)
del h
print("gone")

def counter():
    total = 0
    try:
        while True:
            total += yield total
    finally:
        print(f"    counter cleanup, total {total}")

c = counter()
next(c)
c.send(5)
print("  sent 5, now", c.send(10))
c = None
print("end")
