# Float reprs use the shortest round-tripping form.
print(0.1 + 0.2, 1.0, -2.5, 1e16, 1e-5, 123456789.125)
print(7.0 // 2, 7.5 % 2, 0.5 * 0.5)
print(3.0 - 0, 2.0 * 3, 1.5 + 1)
