# complex == int/float compares exactly; equal numbers hash alike, so they are one dict key.
z = 2 + 0j
print(z == 2, z == 2.0, 2 == z, z != 2, 1j == 1, 1j != 0, complex(2 ** 53 + 1) == 2 ** 53 + 1)
print(hash(z) == hash(2), hash(1 + 0j), hash(1j), hash(-1j), hash(3 - 4j), hash(complex(0.5, 0.25)))
d = {1: "int"}
d[1.0] = "float"
d[1 + 0j] = "complex"
d[1j] = "imag"
print(d, len({0, 0.0, 0j, -0j}))
s = {2j, 2j, complex(0, 2), 2}
print(sorted(s, key=abs), max([3j, -4, 1 + 1j], key=abs), sorted([1 + 1j, -2, 0.5j], key=lambda c: (c.real, c.imag)))
for a, b in [(1j, 2j), (1j, 1), (1, 1j)]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print(bool(0j), bool(-0j), bool(1e-300j), isinstance(z, complex), isinstance(2, complex), type(z), complex)
