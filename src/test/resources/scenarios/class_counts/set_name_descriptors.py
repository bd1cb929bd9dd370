# A descriptor with __set_name__: type_new calls it over a copy of the class dict.
import gc


class Field:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)


gc.collect()
print(gc.get_count())


class Record:
    a = Field()
    b = Field()


print(gc.get_count())


class Plain:
    a = 1


print(gc.get_count())
print(Record.a.name, Record.b.name, Record().a)


class Loud:
    def __set_name__(self, owner, name):
        print("inside __set_name__", name, gc.get_count())


class Hooked:
    def __init_subclass__(cls, **kwargs):
        print("inside __init_subclass__", cls.__name__, kwargs, gc.get_count())


gc.collect()


class Both(Hooked, tag=1):
    first = Loud()
    second = Loud()


print(gc.get_count())
