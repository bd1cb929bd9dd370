# an attribute no builtin type has raises CPython's AttributeError
try:
    str.frobnicate
except AttributeError as e:
    print(e)
try:
    (5).__len__
except AttributeError as e:
    print(e)
