# A from-import binds the module's object: both names refer to the same function.
import gc
from gc import collect as c
print(c is gc.collect)
print(c() >= 0)
