# A builtin type's __mro__, __bases__ and __base__: object directly, bool through int; the tuples are
# the type's own (the same object on each read).
import sys
print(int.__mro__, bool.__mro__, int.__bases__, bool.__base__, object.__base__)
print(list.__mro__, dict.__mro__, object.__mro__, object.__bases__, type(3).__name__)
print(type(True).__mro__, type([]).__bases__, int.__mro__ is int.__mro__)
for v in [1, "s", [], {}, None, 2.5]:
    print([t.__name__ for t in type(v).__mro__])
class A(list): pass
print(A.__mro__, A.__bases__)
print(str.__mro__[0] is str, len(float.__mro__))
