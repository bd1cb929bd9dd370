from abc import ABC, abstractmethod
import abc

class Drawable(ABC):
    @abstractmethod
    def draw(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class Circle:
    def draw(self):
        return "circle"

class Square(Drawable):
    def draw(self):
        return "square"

class Blob:
    pass

print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(isinstance(Square(), Drawable), isinstance(Blob(), Drawable))
print(issubclass(Square, Drawable), issubclass(Blob, Drawable))

class Plugin(abc.ABC):
    pass

class Audio:
    pass

Plugin.register(Audio)
print(issubclass(Audio, Plugin), isinstance(Audio(), Plugin), Audio.__mro__)
Plugin.register(int)
print(isinstance(3, Plugin), isinstance("x", Plugin), issubclass(bool, Plugin))
try:
    Audio.register
except AttributeError as e:
    print("AttributeError", e)

class Base(ABC):
    pass
class Child(Base):
    pass
class Other:
    pass
Child.register(Other)
print(issubclass(Other, Base), issubclass(Other, Child))
try:
    Child.register(Base)
except RuntimeError as e:
    print("RuntimeError", e)
print(Child.register(Child) is Child)

class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    isinstance(3, Bad)
except AssertionError as e:
    print("AssertionError", e)

class Cache(ABC):
    pass
class X:
    pass
print(isinstance(X(), Cache))
Cache.register(X)
print(isinstance(X(), Cache))
