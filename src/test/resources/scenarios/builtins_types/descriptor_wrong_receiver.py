# a method descriptor refuses a receiver of another type with CPython's TypeError
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    dict.get([], 1)
except TypeError as e:
    print(e)
try:
    list.append((), 1)
except TypeError as e:
    print(e)
