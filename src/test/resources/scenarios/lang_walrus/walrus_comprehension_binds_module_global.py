# at module level a walrus inside a comprehension assigns the global: the last list stays alive through it
import sys
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)
made = [last := Item(i) for i in range(3)]
print("made", len(made))
del made
print("last is", last.n, sys.getrefcount(last))
last = None
print("end")
