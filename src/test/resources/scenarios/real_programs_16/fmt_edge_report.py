# Format-spec edge cases a report generator hits: g, n, c, e, %, nested widths, attribute/index fields.
class P:
    def __init__(self, name, pts):
        self.name, self.pts = name, pts


people = [P("Ana", 1234.5), P("Bo", 0.000123), P("Cyd", 98765432.1), P("Dee", -0.5)]
for p in people:
    print("{0.name:<4}|{0.pts:>12g}|{0.pts:>12.3e}|{0.pts:>14,.2f}|{0.pts:>10.2%}".format(p))
d = {"a": [10, 20], "b": {"x": "deep"}}
print("{d[a][1]} {d[b][x]} {0!r:>8} {0!s:^8} {0!a}".format("é", d=d))
print(f"{65:c}{0x263A:c} {1e21} {1e-7} {123456789012345678.0} {0.1 + 0.7} {2 / 3:.15g} {1 / 7!r}")
print(f"{3 + 4j} {(1 + 2j) * 1j} {complex(1.5, -2):.2f} {abs(3 + 4j)}")
print("%s %5.1f%% %-6s| %x %o %e %g %r" % ("Pat", 99.44, "ab", 255, 8, 12345.678, 0.00001234, "q"))
print("%(name)s is %(age)03d" % {"name": "Pat", "age": 7})
w, prec = 10, 3
print(f"[{3.14159:{w}.{prec}f}] [{'x':>{w}}] [{42:^{w}d}] [{-7:0{w}d}] [{7:+d}] [{7: d}]")
print(format(1234567, ","), format(0.5, ".0%"), format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, "f"), round(-0.4))
print(f"{float('nan')} {float('-inf'):>6} {True:>5} {None!s:>5} {[1, 2]!s:>8} {b'hi'!r}")
print(f"{12345.6789:=+12,.2f}|{255:#010X}|{255:#b}|{0.000001:f}|{1e100:.2e}")
print(f"{'trunc':.3}|{'pad':*<7.2}|{1_000_000:_d}|{3.0:n}|{1234.5:n}")
