# an uncaught UnicodeDecodeError ends the program after what was printed
data = "naïve".encode()
print(data, len(data))
print(data.decode("ascii"))
