# factorial of a negative number is a ValueError.
import math
print(math.factorial(3))
print(math.factorial(-1))
