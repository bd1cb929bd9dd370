# sum(iterable, /, start=0): start by position or by name, and what the first keyword call allocates
import gc

print(sum([1, 2, 3], start=10))
print(sum([[1], [2]], start=[]))
print(sum(range(5), 3))
print(sum((0.5, 0.25), start=1))

gc.collect()
a = gc.get_count()
x = sum((1, 2), start=0)
b = gc.get_count()
x = sum((1, 2), start=0)
c = gc.get_count()
x = sum((1, 2), 0)
d = gc.get_count()
print(a, b, c, d)

for call in ("sum([1], start=1, x=2)", "sum([1], 2, start=3)", "sum([1], 2, 3)", "sum()",
             "sum(['a'], start='')", "sum(iterable=[1])", "sum([1], strat=0)", "sum([b'a'], b'')",
             "sum([], bytearray())"):
    try:
        if call == "sum([1], start=1, x=2)":
            sum([1], start=1, x=2)
        elif call == "sum([1], 2, start=3)":
            sum([1], 2, start=3)
        elif call == "sum([1], 2, 3)":
            sum([1], 2, 3)
        elif call == "sum()":
            sum()
        elif call == "sum(['a'], start='')":
            sum(['a'], start='')
        elif call == "sum(iterable=[1])":
            sum(iterable=[1])
        elif call == "sum([b'a'], b'')":
            sum([b'a'], b'')
        elif call == "sum([], bytearray())":
            sum([], bytearray())
        else:
            sum([1], strat=0)
    except TypeError as e:
        print(call, "->", e)
