# bytes padding, lines, partition and ASCII case methods (a program that encodes text may call str's layout methods on bytes too)
import sys
b = b"hello World"
ba = bytearray(b"ab\tc\r\nline2\nx\x0bend")
print(b.center(15, b"*"), b.ljust(13), b.rjust(13, b"."), b.zfill(14), b"-42".zfill(6))
print(b.center(3) is b, b.ljust(5) is b, ba.ljust(3) is ba, type(ba.center(20)).__name__)
print(ba.splitlines(), ba.splitlines(keepends=True), b"".splitlines(), b"a\n\nb\r".splitlines(True))
print(b.partition(b" "), b.rpartition(b"o"), b.partition(b"zz"), ba.partition(b"\n"))
r = b.partition(b"zz")
print(r[0] is b, b"x=1".partition(b"=")[1])
print(b.capitalize(), b.swapcase(), b"they're bill's".title(), b.istitle(), b"Hello World".istitle(), b"\xe9t\xe9".title())
print(ba.expandtabs(4), b"a\tb".expandtabs())
for bad in [lambda: b.center(20, "*"), lambda: b.center(20, b"**"), lambda: b.partition(b"")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
text = "name,score\nann,10\nbob,7"
data = text.encode()
for line in data.splitlines()[1:]:
    name, score = line.split(b",")
    print(name.decode().ljust(5), score.rjust(3), name.title())
print(text.splitlines(), "x".center(5, "-"))
