# map(str.upper, words) calls the method descriptor with each word as self
words = ["ada", "bob", "cy"]
print(list(map(str.upper, words)))
print(list(map(str.lower, ["A", "Bc"])))
