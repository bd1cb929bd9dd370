# Each instance holds its class; bound methods hold the instance, not the class.
import sys
class Item:
    def show(self):
        return 1
print(sys.getrefcount(Item))
items = [Item() for i in range(3)]
print(sys.getrefcount(Item))
m = items[0].show
print(sys.getrefcount(Item), sys.getrefcount(items[0]))
del items
print(sys.getrefcount(Item))
del m
print(sys.getrefcount(Item))
