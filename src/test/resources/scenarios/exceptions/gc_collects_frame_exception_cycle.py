# Storing the exception in a local of the frame it passed makes a cycle: frame -> err -> traceback -> frame.
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
def keep():
    n = Node("in keep")
    try:
        raise RuntimeError("fail")
    except RuntimeError as e:
        err = e
    print("keep returns")
keep()
print("cycle collected:", gc.collect())
def drop():
    n = Node("in drop")
    try:
        raise RuntimeError("fail")
    except RuntimeError:
        pass
    print("drop returns")
drop()
print("nothing left:", gc.collect())
