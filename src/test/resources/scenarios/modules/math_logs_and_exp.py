# log with and without a base, log2, log10 and exp.
import math
print(math.log(1), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(math.e))
print(math.exp(0), math.exp(1), math.log1p(0))
