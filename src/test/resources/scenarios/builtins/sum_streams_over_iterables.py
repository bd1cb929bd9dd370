# sum over lists, floats, a range and lists with a start value.
print(sum([1,2,3]), sum([0.5, 1]), sum(range(101)), sum([[1], [2]], []))
