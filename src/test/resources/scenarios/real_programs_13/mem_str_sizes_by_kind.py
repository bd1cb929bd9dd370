import sys

samples = {
    "ascii": "a",
    "latin-1": "\u00e9",
    "bmp": "\u20ac",
    "astral": "\U0001F40D",
}
print(f"{'kind':8} {'0':>4} {'1':>4} {'10':>4} {'100':>5}")
for kind, ch in samples.items():
    sizes = [sys.getsizeof(ch * n) for n in (0, 1, 10, 100)]
    print(f"{kind:8} {sizes[0]:>4} {sizes[1]:>4} {sizes[2]:>4} {sizes[3]:>5}")

mixed = "abc" + "\u20ac"
print("ascii plus one euro sign:", sys.getsizeof("abcd"), sys.getsizeof(mixed))
print("per char cost ascii:", sys.getsizeof("a" * 1001) - sys.getsizeof("a" * 1000))
print("per char cost bmp:", sys.getsizeof("\u20ac" * 1001) - sys.getsizeof("\u20ac" * 1000))
print("bytes vs str:", sys.getsizeof(b"hello"), sys.getsizeof("hello"))
