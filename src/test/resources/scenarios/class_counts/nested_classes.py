# A class inside a class body: the inner class statement runs while the outer namespace is open.
import gc

gc.collect()
print(gc.get_count())


class Outer:
    class Inner:
        pass

    class Meta:
        ordering = ["name"]

    def method(self):
        return self.Inner()


print(gc.get_count())
print(Outer.Inner.__qualname__, Outer.Meta.ordering)
del Outer
print(gc.collect(), gc.get_count())
