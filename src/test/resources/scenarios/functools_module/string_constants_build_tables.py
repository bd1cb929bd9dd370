# a caesar-shift table built from string constants: the new list and dict sizes, and str.index on the constant
import string, sys
letters = string.ascii_lowercase
shift = {c: letters[(letters.index(c) + 3) % 26] for c in letters}
print("".join(shift[c] for c in "memory"))
table = list(string.digits)
print(table, sys.getsizeof(table), sys.getsizeof(shift))
print(all(c in string.printable for c in "Hello, World!"))
