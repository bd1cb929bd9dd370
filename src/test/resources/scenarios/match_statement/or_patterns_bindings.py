# Or-patterns try alternatives left to right; each binds the same names; as-patterns capture the whole subject.
def f(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return f"go {direction}"
        case ["take", item] | ["pick", "up", item]:
            return f"take {item}"
        case ("quit" | "exit") as word:
            return f"bye ({word})"
        case [("a" | "b") as letter, *_] as whole:
            return f"letter {letter} in {whole}"
        case _:
            return "unknown"
for c in [["go", "north"], ["go", "west"], ["take", "lamp"], ["pick", "up", "key"], "exit", ["b", 1, 2], 5]:
    print(f(c))
