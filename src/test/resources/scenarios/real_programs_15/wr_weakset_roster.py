# A class keeps a roster of its live instances in a WeakSet.
import weakref


class Player:
    roster = weakref.WeakSet()

    def __init__(self, name, score):
        self.name = name
        self.score = score
        Player.roster.add(self)

    @classmethod
    def leaderboard(cls):
        return [(p.name, p.score) for p in sorted(cls.roster, key=lambda p: -p.score)]


team = [Player("ann", 30), Player("bo", 45), Player("cy", 12)]
print(len(Player.roster), Player.leaderboard())
bench = team.pop()
print(bench in Player.roster)
del bench
print(len(Player.roster), Player.leaderboard())
temp = Player("dee", 99)
print(Player.leaderboard()[0])
temp = None
print(Player.leaderboard())
other = weakref.WeakSet(team)
print("union:", len(Player.roster | other), "same:", Player.roster == other)
team.clear()
print("empty:", len(Player.roster), len(other))
