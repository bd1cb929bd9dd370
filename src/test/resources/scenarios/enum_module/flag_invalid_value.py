from enum import Flag

class Bits(Flag):
    A = 1
    B = 2
    D = 8

try:
    Bits(4)
except ValueError as e:
    print(e)
try:
    Bits("a")
except ValueError as e:
    print(e)
try:
    Bits.A in 3
except TypeError as e:
    print(e)
print(Bits(11))
try:
    Bits(16)
except ValueError as e:
    print(str(e).splitlines())
