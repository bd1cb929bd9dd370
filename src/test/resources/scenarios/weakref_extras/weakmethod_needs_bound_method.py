# WeakMethod refuses anything that is not a bound method
import weakref
def f():
    pass
for x in [len, f, 5]:
    try:
        weakref.WeakMethod(x)
    except TypeError as e:
        print(e)
