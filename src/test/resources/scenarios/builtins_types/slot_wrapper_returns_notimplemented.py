# int.__add__ with a str returns NotImplemented instead of raising
print(int.__add__(1, "a"))
print((1).__eq__("a"))
print((1).__eq__(1.0))
print((1.0).__eq__(1))
print("a".__lt__(1))
print([1].__eq__((1,)))
