import array
import sys

readings = array.array('d', [1.5, 2.5, 3.5, 4.5])
mv = memoryview(readings)
print(mv.format, mv.itemsize, mv.nbytes, len(mv), mv.ndim, mv.shape, mv.strides)
print(mv[1], mv[-1], mv[::2].tolist())
mv[0] = 10
print(readings)
print(sys.getsizeof(mv), sys.getsizeof(mv[1:]))
print(mv == readings, mv == array.array('i', [10, 2, 3, 4]))
try:
    mv[0] = "x"
except TypeError as e:
    print(e)
ints = memoryview(array.array('b', [1, 2]))
try:
    ints[0] = 200
except ValueError as e:
    print(e)
