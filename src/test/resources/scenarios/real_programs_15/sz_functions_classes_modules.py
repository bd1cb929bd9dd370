# The sizes of the objects that make up a program: functions, their code,
# classes and their dicts, modules.
import sys
import gc


def f(a, b=2):
    return a + b


class A:
    x = 1

    def m(self):
        return self


print("function:", sys.getsizeof(f))
print("class:", sys.getsizeof(A) > 0, type(sys.getsizeof(A)).__name__)
print("instance:", sys.getsizeof(A()))
print("instance dict:", sys.getsizeof(A().__dict__))
print("defaults tuple:", sys.getsizeof(f.__defaults__))
print("bound method:", sys.getsizeof(A().m))
print("staticmethod:", sys.getsizeof(staticmethod(f)))
print("cell-free closure:", f.__closure__)
print("lambda:", sys.getsizeof(lambda: None))
print("module:", sys.getsizeof(gc))
print("None, True:", sys.getsizeof(None), sys.getsizeof(True))
