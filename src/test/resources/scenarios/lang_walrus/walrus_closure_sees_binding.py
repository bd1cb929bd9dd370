# the walrus name of a comprehension becomes a cell of the function: a closure made later reads the final value
def counter(items):
    seen = [count := i for i in items]
    def report():
        return count
    return report, seen
r, seen = counter([5, 6, 7])
print(r(), seen)
print(r.__closure__[0].cell_contents)
