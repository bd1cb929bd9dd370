# A text adventure's command parser written with match on sequences, classes and guards.
from dataclasses import dataclass

@dataclass
class Room:
    name: str
    exits: dict
    items: list

rooms = {
    "hall": Room("hall", {"north": "library", "east": "kitchen"}, ["lamp"]),
    "library": Room("library", {"south": "hall"}, ["book", "key"]),
    "kitchen": Room("kitchen", {"west": "hall"}, []),
}
state = {"room": "hall", "bag": []}

def handle(line):
    room = rooms[state["room"]]
    match line.split():
        case []:
            return "say something"
        case ["go", direction] if direction in room.exits:
            state["room"] = room.exits[direction]
            return f"you walk {direction} to the {state['room']}"
        case ["go", direction]:
            return f"no exit {direction}"
        case ["take", item] if item in room.items:
            room.items.remove(item)
            state["bag"].append(item)
            return f"taken: {item}"
        case ["take", *things]:
            return f"cannot take {' '.join(things) or 'nothing'}"
        case ["drop", ("lamp" | "book") as item] if item in state["bag"]:
            state["bag"].remove(item)
            room.items.append(item)
            return f"dropped {item}"
        case ["look"] | ["l"]:
            return f"{room.name}: exits {sorted(room.exits)} items {room.items}"
        case ["inventory" | "i"]:
            return f"bag: {state['bag']}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

script = ["look", "take lamp", "take sofa", "go west", "go north", "l", "take key", "take book",
          "drop book", "i", "go south", "dance wildly", "", "go east", "look"]
for cmd in script:
    print(f"> {cmd}\n  {handle(cmd)}")

def classify(obj):
    match obj:
        case Room(name="hall"):
            return "the hall"
        case Room(items=[]):
            return "an empty room"
        case Room(items=[first, *_]):
            return f"a room holding {first} first"
        case {"room": str(r), **rest}:
            return f"state in {r} with {sorted(rest)}"
        case (x, y) | [x, y]:
            return f"pair {x},{y}"
        case _:
            return "something else"

print([classify(o) for o in (rooms["hall"], rooms["kitchen"], rooms["library"], state, (1, 2), [3, 4], 5)])
