# A function can carry attributes; they live in its own __dict__, made by the first one.
import sys, gc
def counter():
    counter.calls += 1
counter.calls = 0
for _ in range(3):
    counter()
print(counter.calls, counter.__dict__, vars(counter))
print(sys.getsizeof(counter.__dict__), gc.is_tracked(counter.__dict__))
counter.history = []
print(gc.is_tracked(counter.__dict__), sys.getrefcount(counter.__dict__))
del counter.calls
print(counter.__dict__, hasattr(counter, 'calls'))
try:
    counter.missing
except AttributeError as e:
    print(e)
print('history' in dir(counter))
