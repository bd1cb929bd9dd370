# The star list holds its own references: deleting the source keeps the items alive through it.
import sys

class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

source = [Item(1), Item(2), Item(3)]
one, *others = source
print(sys.getrefcount(others[0]))
del source
print("source gone")
del others
print("others gone")
del one
print("end")
