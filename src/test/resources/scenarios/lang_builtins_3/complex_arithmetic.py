# Arithmetic with ints, floats and complex on either side, the way CPython 3.11 computes it.
z = 1 + 2j
w = 3 - 4j
print(z + w, z - w, z * w, z / w, w / z)
print(z + 1, 1 + z, z - 2.5, 2.5 - z, z * 2, 0.5 * z, z / 2, 3 / z, -z, +z)
print(z ** 2, z ** 3, z ** -1, z ** -2, z ** 0, w ** 10, 1j ** 2, 1j ** 4)
print((1 + 1j) ** 0.5, 2 ** z, (1 + 2j) ** (1 + 1j), 1j ** 0.5, (-1 + 0j) ** 0.5)
print(abs(z), abs(w), abs(-2j), abs(1e200 + 1e200j), abs(complex(float("inf"), float("nan"))))
print(z.real, z.imag, z.conjugate(), w.conjugate(), (5).conjugate(), 2.5.conjugate())
print(sum([1j, 2, 3.5, z]), sum(c * c.conjugate() for c in [z, w]))
print((0.1 + 0.2j) * 3, (1e308 + 1e308j) * 10, 1 / (1e-320 + 1e-320j))
acc = 0j
for k in range(1, 6):
    acc += 1j ** k / k
print(acc)
