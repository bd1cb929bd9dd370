# ord of a longer string is a TypeError.
print(ord("a"))
print(ord("ab"))
