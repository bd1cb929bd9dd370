# str.format with automatic, numbered and named fields, and doubled braces.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=7))
print("{{literal}} {}".format("x"))
