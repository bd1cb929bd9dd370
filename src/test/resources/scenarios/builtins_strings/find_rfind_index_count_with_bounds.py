# find, rfind, index and count with start and end bounds, negative ones too.
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"))
print(s.find("o", 5, 10), s.rfind("o", 0, -3), s.index("world"), s.rindex("l"))
print(s.count("l"), s.count("l", 5), s.count(""), s.count("hello", 0, 5))
