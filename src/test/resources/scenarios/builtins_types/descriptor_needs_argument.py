# calling a method descriptor without a receiver
try:
    str.upper()
except TypeError as e:
    print(e)
try:
    list.pop()
except TypeError as e:
    print(e)
