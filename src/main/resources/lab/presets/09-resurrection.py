# title: Resurrection: __del__ saves its object
import gc
saved = []
class Phoenix:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("rising again")
        saved.append(self)

Phoenix()
print(gc.collect())
print(len(saved))
saved.clear()
print(gc.collect())
