ROOMS = {
    "hall": {"north": "kitchen", "east": "library"},
    "kitchen": {"south": "hall"},
    "library": {"west": "hall", "up": "attic"},
    "attic": {"down": "library"},
}
ITEMS = {"kitchen": ["knife"], "library": ["book", "candle"], "attic": ["key"]}

class Player:
    def __init__(self, room):
        self.room = room
        self.bag = []
        self.moves = 0
    def go(self, direction):
        exits = ROOMS[self.room]
        if direction not in exits:
            print(f"You can't go {direction} from the {self.room}.")
            return
        self.room = exits[direction]
        self.moves += 1
        print(f"You walk {direction} to the {self.room}.")
    def take_all(self):
        found = ITEMS.pop(self.room, [])
        self.bag.extend(found)
        if found:
            print("Taken:", ", ".join(found))

commands = "north take south east take up take down west west".split()
p = Player("hall")
for cmd in commands:
    if cmd == "take":
        p.take_all()
    else:
        p.go(cmd)
print(p.room, p.moves, sorted(p.bag))
print(ITEMS)
