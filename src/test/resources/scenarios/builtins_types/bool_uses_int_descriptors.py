# bool inherits int's methods: the descriptors belong to int
print(bool.__add__(True, 2), True.__add__(1), int.bit_length(True))
print(bool.__add__)
