# from string import * for character classes
from string import *

print(ascii_lowercase[:5], digits)
text = "Hello, World! 42"
print(sum(c in punctuation for c in text))
print("".join(c for c in text if c in ascii_letters))
