# A field number past the arguments is an IndexError.
print("{} {}".format("only"))
