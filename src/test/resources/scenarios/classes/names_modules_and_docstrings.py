# __qualname__, __module__ and __doc__ of classes, nested classes, methods and functions.
class Outer:
    """An outer class."""
    class Inner:
        pass
    def method(self):
        """Does nothing."""
def factory():
    class Local:
        pass
    def helper():
        pass
    return Local, helper
Local, helper = factory()
print(Outer.__qualname__, Outer.Inner.__qualname__, Local.__qualname__, helper.__qualname__)
print(Outer.__module__, Outer().__module__, factory.__module__, Local.__name__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer().__doc__)
print(Outer.method.__doc__, Outer().method.__doc__, factory.__doc__, (lambda: 0).__qualname__)
print(Outer.method.__qualname__, Outer().method.__name__)
if __name__ == '__main__':
    print(__name__, Outer.__module__ == __name__)
