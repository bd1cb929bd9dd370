# import ... as binds the module under another name.
import sys as s
import gc as collector
x = []
print(s.getrefcount(x))
print(collector.isenabled())
