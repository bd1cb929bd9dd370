# A program may use builtin names it does not call as its own variables.
input = [1, 2]
format = "x"
print(input, format)
