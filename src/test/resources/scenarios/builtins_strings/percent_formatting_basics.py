# printf-style % with s, r, d, i, f, x, o, e, g, c and %%.
print("%s|%r|%d|%i" % ("a", "a", 42, -7))
print("%5.2f|%-6d|%06.1f|%+d" % (3.14159, 42, -2.5, 5))
print("%x %X %#X %o %#o" % (255, 255, 255, 8, 8))
print("%e %.2e %g %G" % (12345.678, 0.000123, 0.0001, 1e20))
print("%c%c %% done" % (72, "i"))
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
