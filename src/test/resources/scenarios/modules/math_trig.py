# sin, cos, tan, atan2, degrees and radians.
import math
print(math.sin(0), math.cos(0), math.degrees(math.pi), math.radians(180))
print(math.sin(math.pi / 2), math.atan2(1, 1), math.atan(1))
