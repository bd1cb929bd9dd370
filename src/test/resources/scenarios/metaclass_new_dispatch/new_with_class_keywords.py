# Class keywords reach the metaclass's __new__ and __init__.
import gc, sys
class Tagged(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tags = kwargs
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        print("init", name, sorted(kwargs))
gc.collect()
class Table(metaclass=Tagged, db="main", schema="public"):
    pass
print(gc.get_count())
print(Table.tags, sys.getrefcount(Table.tags))
class View(metaclass=Tagged):
    pass
print(View.tags)
