# import string as s right after gc.collect(), then string again under its own name (a second
# import: the module is loaded) and from string import ... (one count for the __path__ lookup's tuple)
import gc

gc.collect()
import string as s
print(gc.get_count())
import string
print(string is s, gc.get_count())
from string import digits
print(digits, gc.get_count())
