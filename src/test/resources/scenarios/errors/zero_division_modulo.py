# Modulo by zero.
print("mod")
print(7 % 0)
