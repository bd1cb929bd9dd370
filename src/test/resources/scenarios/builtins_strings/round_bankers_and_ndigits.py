# round uses half-to-even on the exact binary value, with or without ndigits.
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(1234.5678, -2), round(-0.04, 1))
print(round(1250, -2), round(1350, -2), round(7), round(7, 3))
