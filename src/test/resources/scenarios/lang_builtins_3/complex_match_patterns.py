# Complex literals in match patterns compare with ==, so 2 matches 2 + 0j.
def kind(z):
    match z:
        case 0:
            return "zero"
        case 1j | -1j:
            return "unit imaginary"
        case 1 + 1j:
            return "diagonal"
        case -2.5 - 0.5j:
            return "negative corner"
        case complex(real=r, imag=0.0):
            return f"real {r}"
        case complex(imag=i):
            return f"imaginary part {i}"
    return "not complex"


for value in [0j, 1j, -1j, 1 + 1j, complex(-2.5, -0.5), 3 + 0j, 2 - 7j, 4, "x"]:
    print(repr(value), kind(value))
