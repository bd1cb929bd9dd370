# sys.getsizeof of strings: a fixed header plus one, two or four bytes per
# character depending on the widest character in the string.
import sys

samples = [
    ("", "empty"),
    ("a", "one ascii"),
    ("hello", "five ascii"),
    ("caf\u00e9", "latin-1"),
    ("\u20ac100", "euro sign"),
    ("\u4e2d\u6587", "two CJK"),
    ("\U0001f600", "one emoji"),
    ("ab\U0001f600", "ascii + emoji"),
]
for text, label in samples:
    print(f"{label:14} len={len(text)} size={sys.getsizeof(text)}")
base = sys.getsizeof("")
for n in (1, 10, 100):
    print(n, "ascii chars cost", sys.getsizeof("x" * n) - base)
print("per char latin-1:", sys.getsizeof("\u00e9" * 11) - sys.getsizeof("\u00e9" * 10))
print("per char ucs2:", sys.getsizeof("\u20ac" * 11) - sys.getsizeof("\u20ac" * 10))
print("per char ucs4:", sys.getsizeof("\U0001f600" * 11) - sys.getsizeof("\U0001f600" * 10))
print("bytes vs str:", sys.getsizeof(b"hello"), sys.getsizeof("hello"))
print("encoded:", sys.getsizeof("caf\u00e9".encode("utf-8")))
