# Two bools combined with & | ^ give a bool; a zero quotient keeps the divisor's sign.
print(True & True, True | False, True ^ True, False & True, True & 1, 1 & True, True + True)
x = True
x &= False
print(x, 0 / -1, 0 / 1, -0 / 5, 0 / -3.0, 7 / -7)
print(type(True & True).__name__, type(True & 3).__name__)
