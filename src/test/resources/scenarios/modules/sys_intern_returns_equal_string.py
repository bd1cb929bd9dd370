# sys.intern returns an equal string.
import sys
s = sys.intern("".join(["ab", "c"]))
print(s, s == "abc")
