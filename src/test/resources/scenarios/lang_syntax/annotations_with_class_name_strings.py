# Forward references written as strings are just constants; methods returning their own class work.
class Tree:
    def __init__(self, value: int, children: "list" = None) -> None:
        self.value = value
        self.children = children or []

    def add(self, child: "Tree") -> "Tree":
        self.children.append(child)
        return self

t = Tree(1).add(Tree(2)).add(Tree(3))
print([c.value for c in t.children])
