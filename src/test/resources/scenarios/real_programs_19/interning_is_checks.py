# Which equal values are the same object? Small ints and identifier-like
# string constants are shared; computed strings usually are not.
import sys

a = 256
b = 255 + 1
print("256 is 256:", a is b)
big = 10 ** 3
big2 = 10 ** 3
print("1000 computed twice is same:", big is big2)
print("but equal:", big == big2)

s1 = "hello_world"
s2 = "hello_" + "world"
print("constant folded strings same:", s1 is s2)
part = "hello_"
s3 = part + "world"
print("runtime concatenation same:", s1 is s3)
s4 = sys.intern(s3)
print("after sys.intern:", s1 is s4)
print("single characters are cached:", chr(97) is "a")
print("empty string shared:", str() is "")
print("empty tuple shared:", tuple() is ())
print("None is singleton:", type(None)() is None)
words = "to be or not to be".split()
print("split words 'to' same object:", words[0] is words[4])
