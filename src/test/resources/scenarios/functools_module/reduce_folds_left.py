# reduce folds from the left, starting from the initial value when there is one; an empty iterable needs one
import functools
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(functools.reduce(lambda a, b: a + [b], [1, 2, 3], []))
print(functools.reduce(max, [4, 9, 2]))
print(functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
