# iter() checks that __iter__ returned an iterator: a list is not one, and a class without __iter__ is not iterable.
class Bad:
    def __iter__(self):
        return [1, 2]

class Plain:
    pass

try:
    iter(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in Plain():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next(Plain())
except TypeError as e:
    print("TypeError:", e)
for x in Bad():
    print(x)
