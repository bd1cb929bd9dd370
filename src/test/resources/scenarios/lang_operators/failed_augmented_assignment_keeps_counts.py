# A += that raises leaves the target bound to its old object, and no reference is left behind.
import sys
class Box:
    def __init__(self):
        self.items = [1]
box = Box()
data = {"k": [1, 2]}
items = box.items
print(sys.getrefcount(items), sys.getrefcount(data["k"]))
for attempt in range(2):
    try:
        box.items += 5
    except TypeError as e:
        print(e)
    try:
        data["k"] -= [1]
    except TypeError as e:
        print(e)
    try:
        items *= "x"
    except TypeError as e:
        print(e)
print(sys.getrefcount(items), sys.getrefcount(data["k"]), box.items is items)
