# Loop variables keep the last item alive after the loop; comprehension
# variables do not leak out of the comprehension.
import sys


class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("freed item", self.n)


def loops():
    items = [Item(i) for i in range(3)]
    for it in items:
        pass
    print("loop finished, last is", it.n)
    items.clear()
    print("list cleared; 'it' keeps item", it.n)
    it = None
    print("rebound it")
    squares = [x.n for x in [Item(10), Item(11)]]
    print("comprehension done:", squares)
    print("x leaked?", "x" in locals())


loops()
print("end")
