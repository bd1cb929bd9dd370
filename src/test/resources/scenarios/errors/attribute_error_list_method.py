# Calling a method lists do not have.
xs = [3, 1]
print(xs)
xs.push(2)
