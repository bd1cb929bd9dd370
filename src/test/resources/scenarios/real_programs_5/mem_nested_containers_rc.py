import sys

inventory = {
    "fruit": ["apple", "pear"],
    "veg": ["leek"],
}
fruit = inventory["fruit"]
print("fruit list refs:", sys.getrefcount(fruit))
backup = {k: v for k, v in inventory.items()}
print("after dict comprehension copy:", sys.getrefcount(fruit))
lists = list(inventory.values())
print("in a values list too:", sys.getrefcount(fruit))
del backup, lists
print("copies gone:", sys.getrefcount(fruit))
matrix = [[0] * 2 for _ in range(2)]
row0 = matrix[0]
print("a row:", sys.getrefcount(row0))
flat = [x for row in matrix for x in row]
print(flat, sys.getrefcount(row0))
entry = ("k", fruit)
print("tuple holds fruit:", sys.getrefcount(fruit))
key_map = {entry[0]: entry}
print("tuple as a dict value:", sys.getrefcount(entry))
class Cart:
    def __init__(self, items):
        self.items = items
carts = [Cart(fruit) for _ in range(3)]
print("three carts share fruit:", sys.getrefcount(fruit))
carts[0].items = []
print("one cart rebinds:", sys.getrefcount(fruit))
del carts
print("carts gone:", sys.getrefcount(fruit))
inventory.clear()
print("inventory cleared:", sys.getrefcount(fruit))
