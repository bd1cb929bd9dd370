# freezing does not pin objects: refcounting frees a frozen object and it leaves the permanent generation
import gc
import sys
class Item:
    def __del__(self):
        print("freed item")
gc.collect()
item = Item()
gc.freeze()
n = gc.get_freeze_count()
print(sys.getrefcount(item))
del item
print(n - gc.get_freeze_count())
gc.unfreeze()
