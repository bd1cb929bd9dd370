# import textwrap right after gc.collect(), then wrapping
import gc

gc.collect()
import textwrap
print(gc.get_count())
print(textwrap.wrap("the first import of a module runs its code", 12))
print(gc.get_count())
