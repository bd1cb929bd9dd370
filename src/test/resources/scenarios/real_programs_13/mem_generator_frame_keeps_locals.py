import sys

class Chunk:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("chunk", self.n, "freed")

def reader():
    buf = Chunk(1)
    yield "first"
    buf = Chunk(2)
    yield "second"
    print("reader ends")

gen = reader()
print("created")
print(next(gen))
print(next(gen))
print("closing")
gen.close()
print("closed")

gen2 = reader()
print(next(gen2))
del gen2
print("deleted suspended generator")

gen3 = reader()
for word in gen3:
    print("loop got", word)
print("size of a generator:", sys.getsizeof(gen3) > 0)
