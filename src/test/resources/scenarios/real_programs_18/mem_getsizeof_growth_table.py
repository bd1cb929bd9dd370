# How containers grow: sys.getsizeof while appending, inserting and adding.
import sys

lst, dct, st, text = [], {}, set(), ""
rows = []
for i in range(20):
    rows.append((i, sys.getsizeof(lst), sys.getsizeof(dct), sys.getsizeof(st), sys.getsizeof(text)))
    lst.append(i)
    dct[i] = i
    st.add(i)
    text += "a"
print(f"{'n':>3} {'list':>5} {'dict':>5} {'set':>5} {'str':>5}")
last = None
for n, a, b, c, d in rows:
    marks = "" if last is None else "".join(
        k for k, (x, y) in zip("LDS", ((a, last[1]), (b, last[2]), (c, last[3]))) if x != y)
    print(f"{n:3} {a:5} {b:5} {c:5} {d:5} {marks}")
    last = (n, a, b, c, d)

print("tuple sizes:", [sys.getsizeof(tuple(range(k))) for k in range(5)])
print("int sizes:", [sys.getsizeof(2 ** k) for k in (0, 29, 30, 59, 60, 100)])
print("float, bool, None:", sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None))
print("unicode:", sys.getsizeof("a"), sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof("😀"))
big = list(range(1000))
before = sys.getsizeof(big)
big.clear()
print("cleared:", before, sys.getsizeof(big))
d = dict.fromkeys(range(100))
print("dict 100:", sys.getsizeof(d))
for k in range(95):
    del d[k]
print("after deletes:", sys.getsizeof(d), "copy:", sys.getsizeof(d.copy()))
