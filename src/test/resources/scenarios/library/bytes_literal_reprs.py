# bytes literals: escapes, quote choice in repr, adjacent literals, raw bytes
import sys
samples = [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x7f\x80\xff",
           b"tab\tnewline\nreturn\r", b"back\\slash", b"\101\102\103", rb"\x41\n", b"\u20ac stays", b"ab" b"cd"]
for s in samples:
    print(repr(s), len(s), sys.getsizeof(s))
print(str(b"x"), f"{b'y'}", f"{b'z'!r}", [b"in", b"a list"], (b"t",))
print(bytearray(b"it's"), repr(bytearray()), str(bytearray(b"\xfe")))
