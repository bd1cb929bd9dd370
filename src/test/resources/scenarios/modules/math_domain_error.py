# sqrt of a negative number is a math domain error.
import math
print(math.sqrt(4))
print(math.sqrt(-1))
