# Base 0 refuses a decimal literal with a leading zero.
print(int("0", 0), int("000", 0))
print(int("010", 0))
