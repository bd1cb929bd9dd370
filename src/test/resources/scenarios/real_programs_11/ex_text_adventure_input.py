rooms = {
    "hall": {"north": "library", "east": "kitchen", "items": ["lamp"]},
    "library": {"south": "hall", "items": ["book", "key"]},
    "kitchen": {"west": "hall", "items": []},
}
here = "hall"
bag = []
moves = 0
while True:
    try:
        cmd = input(f"[{here}] > ").strip().lower()
    except EOFError:
        print("\nend of input")
        break
    moves += 1
    match cmd.split():
        case ["go", direction]:
            if direction in rooms[here]:
                here = rooms[here][direction]
                print("you walk", direction)
            else:
                print("you can't go that way")
        case ["take", thing]:
            if thing in rooms[here]["items"]:
                rooms[here]["items"].remove(thing)
                bag.append(thing)
                print("taken:", thing)
            else:
                print("no", thing, "here")
        case ["look"]:
            print("items:", ", ".join(rooms[here]["items"]) or "nothing")
        case ["quit"]:
            print("bye")
            break
        case _:
            print("huh?")
print(f"moves={moves} bag={sorted(bag)}")
