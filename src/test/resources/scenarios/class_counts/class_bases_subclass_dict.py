# A base's hidden dict of subclasses goes when its last subclass is freed: the next subclass makes a new one.
import gc


class Base:
    pass


class First(Base):
    pass


del First
print(gc.collect())
before = gc.get_count()[0]


class Second(Base):
    pass


print("Second, after First died:", gc.get_count()[0] - before)
before = gc.get_count()[0]


class Third(Base):
    pass


print("Third, while Second lives:", gc.get_count()[0] - before)
del Second, Third
print(gc.collect(), gc.get_count())
