import array

a = array.array('i', [1, 2, 3])
attempts = [
    ("a + [4]", lambda: a + [4]),
    ("a + array('d')", lambda: a + array.array('d', [1.0])),
    ("extend with 'b'", lambda: a.extend(array.array('b'))),
    ("a[10]", lambda: a[10]),
    ("a.index(9)", lambda: a.index(9)),
    ("hash(a)", lambda: hash(a)),
    ("bad typecode", lambda: array.array('x')),
    ("str initializer", lambda: array.array('i', 'abc')),
    ("a < [1]", lambda: a < [1]),
]
for label, attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
a += array.array('i', [4])
a *= 2
print(a, a == array.array('i', [1, 2, 3, 4] * 2), a < array.array('i', [2]))
