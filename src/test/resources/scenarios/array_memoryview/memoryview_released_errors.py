m = memoryview(b'data')
print(len(m), m.tobytes(), list(m))
m.release()
m.release()
attempts = [("len", lambda: len(m)), ("index", lambda: m[0]), ("tobytes", lambda: m.tobytes()),
            ("obj", lambda: m.obj), ("nbytes", lambda: m.nbytes)]
for label, attempt in attempts:
    try:
        print(attempt())
    except ValueError as e:
        print(label, "->", e)
print(m == m)
