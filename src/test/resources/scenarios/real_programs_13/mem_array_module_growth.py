import sys
from array import array

a = array('d')
last = sys.getsizeof(a)
print("empty array('d'):", last)
for i in range(30):
    a.append(i * 0.5)
    now = sys.getsizeof(a)
    if now != last:
        print(f"grew at {len(a):2}: {now}")
        last = now
print("itemsize d/i/b:", array('d').itemsize, array('i').itemsize, array('b').itemsize)
ints = array('i', range(100))
floats_list = [float(i) for i in range(100)]
print("array of 100 ints:", sys.getsizeof(ints))
print("list of 100 floats (just pointers):", sys.getsizeof(floats_list))
print("list plus its floats:", sys.getsizeof(floats_list) + sum(sys.getsizeof(f) for f in floats_list))
print("tobytes length:", len(ints.tobytes()))
print("slice type:", type(ints[2:5]).__name__, ints[2:5].tolist())
