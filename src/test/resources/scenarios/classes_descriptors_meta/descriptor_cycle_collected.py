import gc


class Backref:
    def __set_name__(self, owner, name):
        self.owner = owner
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

    def __del__(self):
        print("descriptor gone", self.name)


def make():
    class Temp:
        a = Backref()

    t = Temp()
    t.a = t
    return t


gc.collect()
x = make()
print(x.a is x)
del x
print("collected", gc.collect())
print(gc.get_count())
