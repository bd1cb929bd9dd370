ROOMS = {
    "hall": {"desc": "a long hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "dusty shelves", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall"}, "items": []},
}

class Player:
    def __init__(self, room):
        self.room = room
        self.bag = []
        self.moves = 0

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return f"no exit {direction}"
        self.room = exits[direction]
        self.moves += 1
        return f"you enter the {self.room}: {ROOMS[self.room]['desc']}"

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item)
            self.bag.append(item)
            return f"taken {item}"
        return f"no {item} here"

def play(commands):
    p = Player("hall")
    for cmd in commands:
        verb, _, arg = cmd.partition(" ")
        action = {"go": p.go, "take": p.take}.get(verb)
        print(">", cmd)
        print(action(arg) if action else "what?")
    return p

player = play(["take lamp", "go north", "take key", "take sword", "go west", "dance", "go south", "go east"])
print(player.room, sorted(player.bag), player.moves)
print({name: room["items"] for name, room in ROOMS.items()})
