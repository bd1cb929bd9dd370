import sys


class Logged:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        print("descriptor set", self.name, value)
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("descriptor delete", self.name)
        obj.__dict__.pop(self.name, None)


class Audited:
    level = Logged()

    def __setattr__(self, name, value):
        print("audit", name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("audit del", name)
        object.__delattr__(self, name)


a = Audited()
a.level = 3
setattr(a, "level", 4)
a.other = 1
print(a.level, getattr(a, "level"), vars(a))
delattr(a, "level")
del a.other
print(a.level, vars(a), sys.getrefcount(a))
