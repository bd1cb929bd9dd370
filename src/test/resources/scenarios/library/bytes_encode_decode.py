# str.encode / bytes.decode with utf-8, ascii and latin-1, and the error handlers
import sys
words = ["plain", "café", "naïve", "€5", "😀 smile"]
for w in words:
    e = w.encode()
    print(w, len(w), len(e), e, e.decode() == w, sys.getsizeof(w), sys.getsizeof(e))
print("café".encode("latin-1"), "café".encode("ascii", "ignore"), "café €".encode("ascii", "replace"))
print(b"caf\xc3\xa9".decode("latin-1"), b"caf\xe9".decode("latin-1"), b"caf\xe9".decode(errors="replace"))
print(b"\xff\xfeok".decode("utf-8", "ignore"), b"ok\xe2\x82".decode("utf-8", "replace"), b"\xf0\x9f\x98\x80".decode())
print(bytes("héllo", "utf-8"), bytes("hi", encoding="ascii"), bytearray("añ", "utf-8"), "x".encode(encoding="UTF-8"))
print(b"ABC".decode(encoding="utf8"))
