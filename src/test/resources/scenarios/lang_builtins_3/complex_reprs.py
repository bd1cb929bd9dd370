# repr and str of complex numbers as CPython 3.11 writes them.
values = [1j, -1j, 0j, -0j, 1 + 2j, 1 - 2j, -1.5 + 0.25j, 3 + 0j, -3 + 0j, 1e16j, 1e-5j, 2.5e300 * 1j,
          complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1, 2), complex(), complex(7),
          complex(float("inf"), 1), complex(1, float("nan")), complex(float("nan"), float("inf")),
          complex(float("-inf"), float("-inf"))]
for v in values:
    print(repr(v), str(v))
print([1j, 2 + 3j], (1j,), {"z": -2j})
for s in ["1+2j", " (3-4.5j) ", "j", "-j", "+1J", "2", "1e3j", "-1.5e-3-2_000j", "inf-nanj", "(  7 )"]:
    print(repr(s), complex(s))
z = 3 + 4j
for spec in ["", ".2f", ">12", "^16", "+.1e", ".3g", ",.1f"]:
    print(repr(spec), repr(format(z, spec)), repr(format(-2j, spec)))
print(f"{z}", f"{z!r}", f"{z:.1f}", "%s and %r" % (z, -z))
