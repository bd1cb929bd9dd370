# Compact strings: latin-1, UCS-2 and UCS-4 sizes and reprs.
import sys
s = "héllo wörld"
print(s, len(s), sys.getsizeof(s), sys.getsizeof("日本"), sys.getsizeof("a" + "😀"))
print(repr("é\u200b"), s.upper())
print("é" * 3, s[1], s[::-1])
