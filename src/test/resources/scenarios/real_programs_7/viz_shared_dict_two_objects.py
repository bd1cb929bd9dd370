class Player:
    """Two players may end up pointing at one settings dict: watch the arrows."""

    def __init__(self, name, settings):
        self.name, self.settings = name, settings

    __repr__ = lambda self: f"Player({self.name!r}, {self.settings})"

defaults = {"volume": 5, "difficulty": "normal"}
alice = Player("alice", defaults)
bob = Player("bob", defaults)
alice.settings["volume"] = 9
print(alice)
print(bob)
print("same dict?", alice.settings is bob.settings)
bob.settings = dict(defaults)
bob.settings["difficulty"] = "hard"
print(alice)
print(bob)
print("same dict now?", alice.settings is bob.settings)
carol = Player("carol", {**defaults, "volume": 1})
print(carol, defaults)
