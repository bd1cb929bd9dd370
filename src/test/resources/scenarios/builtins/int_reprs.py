# Reprs of ints, including negative, large and arithmetic results.
print(0, -7, 123456789012345678901234567890)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3)
print(2 * 3 + 4, 10 - 20, -(-5))
print(int("42"), int("-17"), int(3.99), int(-3.99))
