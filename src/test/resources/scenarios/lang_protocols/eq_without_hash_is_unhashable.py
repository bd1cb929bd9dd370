# Defining __eq__ without __hash__ sets __hash__ to None: instances cannot go in sets or be dict keys.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

print(Money.__hash__)
print(Money(5) == Money(5))
try:
    {Money(5)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Money(1))
except TypeError as e:
    print("TypeError:", e)
d = {}
try:
    d[Money(1)] = "x"
except TypeError as e:
    print("TypeError:", e, len(d))
