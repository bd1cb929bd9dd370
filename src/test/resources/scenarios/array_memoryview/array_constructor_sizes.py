import array
import sys

print(sys.getsizeof(array.array('i')))
print(sys.getsizeof(array.array('i', [1, 2, 3])))
print(sys.getsizeof(array.array('i', (1, 2, 3, 4, 5))))
print(sys.getsizeof(array.array('i', range(10))))
print(sys.getsizeof(array.array('b', b'hello')))
print(sys.getsizeof(array.array('d', [0.5] * 7)))
a = array.array('i', [1, 2, 3])
print(sys.getsizeof(a[:2]), sys.getsizeof(a + a), sys.getsizeof(a * 4))
