# complex objects: 32 bytes, never tracked by gc, new floats for .real and .imag, and constants
# folded by the compiler (1 + 2j is one constant) against values made at run time.
import gc
import sys

z = 1 + 2j
made = complex(1, 2)
print(sys.getsizeof(z), sys.getsizeof(made), sys.getsizeof(0j), gc.is_tracked(z))
print(sys.getrefcount(z), sys.getrefcount(made), z == made, z is made)
print(z.real is z.real, complex(made) is made, sys.getrefcount(made))
parts = [made.real, made.imag]
print(sys.getrefcount(parts[0]), parts)
gc.collect()
c = complex(3, 4)
print(gc.get_count())
gc.collect()
c = complex(real=3, imag=4)
print(gc.get_count())
gc.collect()
zs = [complex(i, -i) for i in range(4)]
print(gc.get_count(), gc.is_tracked(zs), sys.getsizeof(zs))
gc.collect()
total = sum(zs)
print(gc.get_count(), total)


def roots():
    return [1j ** k for k in range(4)]


print(roots(), sys.getrefcount(roots()[0]))
