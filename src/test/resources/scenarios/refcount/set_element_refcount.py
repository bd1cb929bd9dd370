# A set holds one reference per element.
import sys
n = 3
t = (1, 2, n)
s = {t}
print("in set", sys.getrefcount(t))
s.clear()
print("cleared", sys.getrefcount(t))
