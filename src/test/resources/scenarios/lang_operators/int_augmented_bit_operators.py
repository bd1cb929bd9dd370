# The other augmented operators on ints make new ints, as + and * do.
flags = 0b1010
flags |= 0b0101
print(flags)
flags &= 0b0110
print(flags)
flags ^= 0b1111
print(flags)
flags <<= 3
print(flags)
flags >>= 2
print(flags)
power = 3
power **= 4
print(power)
try:
    power <<= "a"
except TypeError as e:
    print(e)
try:
    word = "ab"
    word **= 2
except TypeError as e:
    print(e)
