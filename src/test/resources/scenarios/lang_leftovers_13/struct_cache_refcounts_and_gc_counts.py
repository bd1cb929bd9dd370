# struct keeps each format it compiles in a cache: what that costs in refcounts and gc counts.
import gc
import struct
import sys

header = "<4sHH"
print("format refcount before:", sys.getrefcount(header))
gc.collect()
print(gc.get_count())
packet = struct.pack(header, b"PKT1", 7, 300)
print("after the first pack:", gc.get_count(), "format refcount:", sys.getrefcount(header))
packet = struct.pack(header, b"PKT2", 8, 301)
print("after a second pack:", gc.get_count())
fields = struct.unpack(header, packet)
print(fields, gc.get_count(), sys.getrefcount(fields), sys.getrefcount(packet))
del fields
print(gc.get_count())

raw = b"<ii"
print(sys.getrefcount(raw), struct.calcsize(raw), sys.getrefcount(raw))

gc.collect()
for width in range(1, 31):
    struct.calcsize(f"{width}s")
print("thirty new formats:", gc.get_count())
for width in range(1, 31):
    struct.calcsize(f"{width}s")
print("the same thirty again:", gc.get_count())
for width in range(31, 101):
    struct.calcsize(f"{width}s")
print("past one hundred, the cache is emptied:", gc.get_count(), sys.getrefcount(header))
print(gc.collect())

try:
    struct.pack("<hq", 1)
except struct.error as err:
    print("error:", err, gc.get_count())
print(gc.collect(), gc.get_count())
