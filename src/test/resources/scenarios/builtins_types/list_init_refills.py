# list.__init__ clears and refills the list in place
xs = [1, 2, 3]
same = xs
list.__init__(xs, "ab")
print(xs, same is xs)
xs.__init__()
print(xs)
