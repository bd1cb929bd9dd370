# str.__format__'s fast path writes a str whole when the width is not above its length and the
# precision not below it; the unicode writer then keeps that very object: format(), f-strings,
# str.format (a field that ends the template, after nothing but empty pieces) and % all answer s.
import sys

s = "hello world"
specs = ["", ">3", "<3", "^11", ">11", "s", "3s", "x>5", ".20", ".11", ".10", "10.20", "0", "05", "012", "*<12"]
for spec in specs:
    r = format(s, spec)
    print(repr(spec), r is s, ("{:" + spec + "}").format(s) is s, f"{s:{spec}}" is s, sys.getrefcount(s))
    del r
print(format("ab", "05"), format("ab", "0>5"), format("ab", "0^5"), format("ab", "<05"))
for spec in ["=5", "+", " ", "-", "#", ",", "_", "z", ",x", "_x", ",d", "+x"]:
    try:
        format(s, spec)
    except ValueError as e:
        print(repr(spec), e)

before = sys.getrefcount(s)
kept = [format(s, ">3"), "{:>3}".format(s), f"{s:>3}", f"{s!s:<5}", "{0:^2}".format(s), "{a:.11}".format(a=s),
        "{}{:>3}".format("", s), "%5s" % s, "%-3s" % s, "%.20s" % s, "%s" % (s,), "%5s" % (s,), "%(a)s" % {"a": s},
        "%s%s" % ("", s) , "{}{}".format("", s)]
print(sys.getrefcount(s) - before, [k is s for k in kept])
made = ["{:>12}".format(s), "{:>3}{}".format(s, ""), "x{:>3}".format(s), f"{s:>3}{''}", "%+s" % s, "% s" % s,
        "%.5s" % s, "%-20s" % s, "{0}{0}".format(s), "{0!r}".format(s), f"{s!r}", f"{s=}", format(s, ".5")]
print(sys.getrefcount(s) - before, [m is s for m in made])

# Width and precision count characters, not bytes or UTF-16 units.
a = "é" * 3 + "x"
b = "😀😀"
print(format(a, ">4") is a, format(a, ">5") is a, format(b, ">2") is b, format(b, ">3") is b, format(b, ".1") is b,
      ("%2s" % b) is b, ("%3s" % b) is b)


class Name(str):
    pass


n = Name("ada lovelace")
print(type(format(n, ">3")).__name__, format(n, ">3") is n, type(format(n, "")).__name__, format(n, "") is n,
      type("{:>1}".format(n)).__name__, type(f"{n:>2}").__name__, type(f"{n}").__name__, type("%s" % n).__name__)
