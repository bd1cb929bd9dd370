# __new__ counting instances in a class attribute; the objects die by refcount and a dead class is collected.
import gc

class Counted:
    made = 0

    def __new__(cls):
        cls.made += 1
        return super().__new__(cls)

    def __del__(self):
        print("del", Counted.made)

Counted()
x = Counted()
print(Counted.made)
del x
gc.collect()
del Counted
print(gc.collect())
