# gc.collect() counts for dead local classes: the class, its dict, __mro__, __bases__, the two descriptors, each method
import gc
def plain():
    class P:
        pass
    return P
def with_methods():
    class M:
        def a(self):
            return 1
        def b(self):
            return 2
    return M
def subclass():
    class Base:
        pass
    class Sub(Base):
        pass
    return Sub
gc.collect()
plain()
print("plain", gc.collect())
with_methods()
print("two methods", gc.collect())
subclass()
print("base and subclass", gc.collect())
