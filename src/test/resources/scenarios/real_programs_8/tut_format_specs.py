pi = 3.14159265
n = 1234567
name = "Ada"
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e}")
print(f"{n:,} {n:_} {n:>12,} {n:012d}")
print(f"{name:>8}|{name:<8}|{name:^8}|{name:*^9}")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#o} {255:#010b}")
print(f"{0.256:.1%} {-3:+d} {3:+d} {3: d}")
print(f"{pi=}, {n=:,}, {name=!r}, {name.upper()=}")
width = 7
print(f"{name:>{width}}|{pi:.{width - 4}f}")
print("%s is %d years and %.1f%%" % ("Bob", 42, 12.345))
print("%5s|%-5s|%05d|%x|%r" % ("ab", "cd", 42, 255, "q"))
print("%(a)s-%(b)s" % {"a": 1, "b": 2})
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"))
print("{:>6}".format("r"), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print(format(1e6, ","), format(0.000123, ".2e"), format(12, "04"), format("x", "^5"))
print(int("ff", 16), int("0b101", 0), int("777", 8), int("  42  "), int("z", 36))
print(float("1e3"), float(" -2.5 "), str(1.0), repr(0.1 + 0.2))
