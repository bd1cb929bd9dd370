# import copy right after gc.collect(): what the load leaves counted, then a deep copy
import gc

class Box:
    def __init__(self, items):
        self.items = items

gc.collect()
import copy
print(gc.get_count())
b = copy.deepcopy(Box([1, [2, 3]]))
print(b.items, gc.get_count())
