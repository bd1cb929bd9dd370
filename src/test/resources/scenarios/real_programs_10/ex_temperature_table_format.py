def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

print(f"{'Celsius':>8} | {'Fahrenheit':>10} | {'Kelvin':>8}")
print(f"{'':-<8}-+-{'':-<10}-+-{'':-<8}")
for c in range(-40, 121, 20):
    print(f"{c:>8d} | {c_to_f(c):>10.1f} | {c + 273.15:>8.2f}")
print()
readings = [72.5, 68.0, 101.3, 32.0, -3.8]
for f in readings:
    c = f_to_c(f)
    label = "hot" if c > 30 else "cold" if c < 5 else "mild"
    print("{:6.1f}F = {:6.1f}C  {:<5}|{}".format(f, c, label, "*" * max(0, int(c // 5))))
avg = sum(readings) / len(readings)
print("average: {0:.2f}F ({1:.2f}C)".format(avg, f_to_c(avg)))
print(f"{avg:e} {avg:g} {avg:%} {int(avg):x} {int(avg):#b} {int(avg):08.3f}")
print(f"{1234567.891:,.2f} {1234567:_d} {0.5:.0%} {-7:+d} {7:+d} {42:^9}|")
