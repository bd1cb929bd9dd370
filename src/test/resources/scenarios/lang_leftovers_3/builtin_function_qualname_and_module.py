# A tracing decorator's helper names whatever callable it is given by
# __module__ and __qualname__: builtins name their module, a method bound to a
# value names none and is qualified by the value's type (a subclass's too).
def describe(f):
    return f"{f.__module__}.{f.__qualname__} ({f.__name__})"


class Stack(list):
    def peek(self):
        return self[-1]


s = Stack([1, 2])
for f in [len, print, max, sorted, [].append, {}.get, "a".upper, dict.fromkeys,
          int.from_bytes, (5).bit_length, set().add, s.append, s.peek, describe]:
    print(describe(f))
