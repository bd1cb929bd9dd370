def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

print(f"{'Celsius':>8} {'Fahrenheit':>11}")
for c in range(-10, 41, 10):
    print(f"{c:>8} {c_to_f(c):>11.1f}")
readings = [72.5, 68.0, 75.2, 80.1, 66.4]
celsius = [round(f_to_c(f), 1) for f in readings]
print(celsius)
print("avg %.2f F, max %s, min %s" % (sum(readings) / len(readings), max(readings), min(readings)))
print("%5d|%-5s|%05.1f|%x|%o|%e" % (42, "ab", 3.14159, 255, 8, 12345.678))
print(format(1234567.891, ",.2f"), format(0.256, ".1%"), format(42, "08b"))
print(f"{3.0:g} {1e20:g} {0.0001:g} {123456789.0:g}")
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2))
print(10 / 4, 10 // 4, -10 // 4, 10 % -3, divmod(-7, 2), 2 ** -1)
print(int(3.99), int(-3.99), float("1e3"), int("ff", 16), int("0b101", 0))
