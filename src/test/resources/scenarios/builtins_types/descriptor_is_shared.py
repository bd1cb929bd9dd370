# the type dict holds one descriptor: each access returns the same object
print(str.upper is str.upper)
print(list.append is list.append)
print(int.__add__ is int.__add__)
print(bool.__add__ is int.__add__)
print(bool.bit_length is int.bit_length)
