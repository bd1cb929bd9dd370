# divmod by zero is a ZeroDivisionError.
print(divmod(1, 1))
print(divmod(1, 0))
