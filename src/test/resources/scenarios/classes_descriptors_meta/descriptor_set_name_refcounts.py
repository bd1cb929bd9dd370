import gc
import sys


class Field:
    def __set_name__(self, owner, name):
        print("set_name", name, owner.__name__)
        print("self refs", sys.getrefcount(self))
        print("owner refs", sys.getrefcount(owner))
        print("name refs", sys.getrefcount(name) > 1)
        self.name = name


gc.collect()
print(gc.get_count())


class Record:
    first = Field()
    second = Field()
    plain = 3


gc.collect()
print(gc.get_count())
print(Record.first.name, Record.second.name)
print(sys.getrefcount(Record.first))
