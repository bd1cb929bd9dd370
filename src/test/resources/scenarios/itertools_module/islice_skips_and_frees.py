# islice(it, 1, None, 2) pulls every item but keeps every other one: the skipped ones are freed at once
import itertools
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)
def source():
    for i in range(5):
        yield Item(i)
for item in itertools.islice(source(), 1, None, 2):
    print("got", item.n)
print("end")
