# the third maketrans argument lists characters to delete
t = str.maketrans("a", "b", "xy")
print(t)
print("axbyc".translate(t))
