# import string right after gc.collect(): the module's Template and Formatter classes are made as it loads
import gc

gc.collect()
import string
print(gc.get_count(), string.ascii_lowercase[:5])
print(gc.collect(), gc.get_count())
