# A factory returns a new closure each call, each with its own cell.
def make_adder(n):
    def add(x):
        return x + n
    return add
adders = [make_adder(i) for i in range(3)]
print([a(10) for a in adders])
print(adders[0].__closure__[0] is adders[1].__closure__[0])
