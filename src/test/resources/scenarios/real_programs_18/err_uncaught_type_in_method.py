# Concatenating a number to a str deep in a call chain.
class Receipt:
    def __init__(self):
        self.lines = []

    def add(self, item, price):
        self.lines.append((item, price))

    def render_line(self, item, price):
        return item.ljust(10) + "$" + price

    def render(self):
        return "\n".join(self.render_line(i, p) for i, p in self.lines)

r = Receipt()
r.add("coffee", 3)
r.add("bagel", 2)
print(len(r.lines), "items")
print(r.render())
