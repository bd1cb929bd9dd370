# int/float as_integer_ratio, float.hex, is_integer and conjugate, set.symmetric_difference_update and
# list.pop's index checked before its length: they run as in CPython.
for x in (3, True, 0.1, -2.5, 1e300, 5e-324, 0.0):
    print(x, x.as_integer_ratio(), x.conjugate())
for x in (2.5, -0.0, 1.0, 5e-324, 1 / 3, float("inf")):
    print(x.hex().replace("0x", "hex:"), x.is_integer())  # "0x" would read as an address to record.sh
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
seen = {1, 2, 3}
seen.symmetric_difference_update([3, 4, 4])
print(sorted(seen))
seen.symmetric_difference_update(seen)
print(seen)
for call in (lambda: [].pop("a"), lambda: [].pop(), lambda: [1].pop(5)):
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
for text in ("a", "0x1.8p1", " -0X1P-2 ", "-Infinity", ".8", "0x1p-1074"):
    print(len(text), float.fromhex(text), (1.0).fromhex(text))
for bad in ("zz", "0x1p1024"):
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float.fromhex((1 / 3).hex()) == 1 / 3)
