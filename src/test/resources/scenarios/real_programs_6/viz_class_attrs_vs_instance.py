class Team:
    members = []
    sport = "football"

    def __init__(self, city, founded=1900):
        self.city = city
        self.founded = founded

    @classmethod
    def roster(cls):
        return ", ".join(cls.members) or "nobody"

north = Team("Leeds", 1919)
south = Team("Brighton")
north.members.append("Ava")
south.members += ["Ben"]
print(Team.roster(), north.members is south.members, "members" in vars(south))
south.sport = "cricket"
print(north.sport, south.sport, Team.sport)
print(sorted(vars(south)), sorted(vars(north)))
del south.sport
print(south.sport)
south.members = ["Cal"]
print(north.members, south.members, Team.members)
