names = ["b", "a"]
names.sort()
print(names)
names.apend("c")
