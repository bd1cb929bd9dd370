# CPython's errors for complex numbers, then an uncaught one.
z = 1 + 2j
tests = [lambda: z // 2, lambda: z % 2, lambda: divmod(z, 2), lambda: 1 / 0j, lambda: z / 0, lambda: 0j ** -1,
         lambda: 0j ** 1j, lambda: (1e200 + 1e200j) ** 5, lambda: int(z), lambda: float(z), lambda: round(z),
         lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, None),
         lambda: complex("1+"), lambda: complex("1+2"), lambda: complex(""), lambda: complex("1j+1"),
         lambda: format(z, "05"), lambda: format(z, "=10"), lambda: format(z, "d"), lambda: z.imag.real.foo]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(sorted([2j, 1j]))
