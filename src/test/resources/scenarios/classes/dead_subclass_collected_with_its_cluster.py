# gc.collect() counts a dead class with its hidden objects: a subclass has fewer (no new descriptors).
import gc
class Base:
    pass
gc.collect()
class Plain:
    pass
del Plain
print("plain class", gc.collect())
class Sub(Base):
    pass
del Sub
print("subclass", gc.collect())
class WithMethod(Base):
    def m(self):
        return 1
del WithMethod
print("subclass with a method", gc.collect())
class WithSuper(Base):
    def m(self):
        return super()
    def n(self):
        return super()
del WithSuper
print("subclass with two super() methods", gc.collect())
