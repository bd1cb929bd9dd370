# Mixing automatic and manual field numbers is a ValueError.
print("{0} {1}".format("a", "b"))
print("{} {1}".format("a", "b"))
