# the string module's constants are str objects the module holds: the same object each time, sized as ASCII strings
import string, sys
from string import ascii_lowercase as low
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(low is string.ascii_lowercase, sys.getsizeof(string.digits), sys.getsizeof(low))
counts = {c: 0 for c in string.ascii_lowercase[:5]}
for ch in "abacabad":
    if ch in counts:
        counts[ch] += 1
print(counts)
