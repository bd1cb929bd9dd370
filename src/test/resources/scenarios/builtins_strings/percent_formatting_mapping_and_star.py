# % with a mapping of names, and * widths taken from the arguments.
print("%(name)s is %(age)d" % {"name": "Bo", "age": 3})
print("[%*d]" % (5, 42))
print("[%-*s]" % (6, "ab"))
print("[%.*f]" % (2, 3.14159))
print("%d" % 3.99, "%s" % [1, 2])
