from operator import itemgetter, attrgetter, methodcaller

people = [
    {"name": "Zoe", "age": 25, "city": "Oslo"},
    {"name": "adam", "age": 31, "city": "Rome"},
    {"name": "Bea", "age": 25, "city": "Lima"},
]
print([p["name"] for p in sorted(people, key=itemgetter("age", "name"))])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower())])
print(sorted(people, key=itemgetter("city"))[0]["city"])

class P:
    def __init__(self, name, score):
        self.name, self.score = name, score
    def __repr__(self):
        return self.name

ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=attrgetter("score")), max(ps, key=attrgetter("score")))
print(list(map(methodcaller("upper"), ["a", "b"])), itemgetter(1, 0)("ab"))
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
print(sorted(range(-4, 5), key=abs), sorted("bca", reverse=True))
data = [(1, "b"), (2, "a"), (1, "a")]
data.sort(key=lambda t: t[1])
print(data)
data.sort(key=lambda t: t[0])
print(data)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), (lambda *a, **k: (a, k))(1, z=2))
