# isclose, isfinite, isinf, isnan and the exact fsum.
import math
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.prod([]))
