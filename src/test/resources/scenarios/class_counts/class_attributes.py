# Class attributes: the values are the program's objects; the class dict is a copy of the body's namespace.
import gc

gc.collect()
print(gc.get_count())


class Config:
    name = "demo"
    size = 10
    tags = ["a", "b"]
    limits = {"low": 1, "high": 9}
    pair = (1, 2)


print(gc.get_count())


class Counter:
    count: int = 0
    label: str = "x"


print(gc.get_count())
print(Config.tags, Counter.count, gc.collect())
