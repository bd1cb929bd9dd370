# Too many arguments for % is a TypeError.
print("%s" % ("a",))
print("%s" % ("a", "b"))
