from dataclasses import dataclass


class Base:
    kinds = {}

    def __init_subclass__(cls, kind="plain", **kw):
        super().__init_subclass__(**kw)
        Base.kinds[kind] = cls.__name__


@dataclass
class Point(Base, kind="point"):
    x: int = 0
    y: int = 0


def deco(cls):
    cls.decorated = True
    return cls


@deco
class Other(Base, kind="other"):
    pass


print(Point(1, 2), Base.kinds, Other.decorated)
