# A class is itself a cycle (its __dict__ holds functions whose globals
# lead back, its __mro__ holds itself). Deleting one leaves work for gc.
import gc


def make_class(n_methods):
    ns = {}
    for i in range(n_methods):
        exec_free = (lambda k: lambda self: k)(i)
        ns["m%d" % i] = exec_free
    return type("Dyn", (), ns)


gc.collect()


class Plain:
    pass


del Plain
print("plain class:", gc.collect())


class WithMethod:
    def hello(self):
        return "hi"


del WithMethod
print("class with a method:", gc.collect())

Dyn = make_class(3)
obj = Dyn()
print(obj.m0(), obj.m2())
del obj, Dyn
print("dynamic class with three lambdas:", gc.collect())


class Base:
    pass


class Child(Base):
    pass


del Child
print("subclass:", gc.collect())
print("Base subclasses:", Base.__subclasses__())
