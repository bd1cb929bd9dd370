# f-string format specs: fixed, general (g and the default with a precision), widths, alignment, fill, signs, grouping, conversions.
x = 3.14159
n = 42
s = "hi"
print(f"{x:.3f}|{x:10.2f}|{x:<10.1f}|{n:5}|{n:<5}|{n:^7}|{n:x}|{n:08.2f}|{s!r:>6}|{s:*^6}|{-n:+d}|{n:+d}|{1e20:.2e}|{0.000123:g}|{n:,}|{12345.678:,.1f}")
print(f"{'a' + 'b'} {[1, 2][0]} {len(s)} {n * 2} {x!s} {{literal}} {n!r}")
print(f"{True} {None} {[1, 'a']} {(1,)} {3.0} {1/3:.4}")
print(f"{123.456:.2} {123.456:.5} {123.456:g} {0.000123:g} {1e-5:g} {123456789.0:g} {1.5:.1} {2.0:.3} {100.0:.2} {0.1:.0} {1e16:.3} {123.456:.2g} {123.456:G} {-0.0:g} {5:g}")
print(f"{3.0:.1} {0.5:.1} {12.0:.2} {1/3:.4} {2/3:.1}")
