todos = []


def show():
    if not todos:
        print("  (nothing to do)")
    for i, (done, text) in enumerate(todos, 1):
        print(f"  {i:>2}. [{'x' if done else ' '}] {text}")


commands = {}


def command(name):
    def register(func):
        commands[name] = func
        return func
    return register


@command("add")
def add(arg):
    todos.append([False, arg])
    print(f"added #{len(todos)}")


@command("done")
def done(arg):
    index = int(arg) - 1
    todos[index][0] = True
    print(f"completed {todos[index][1]!r}")


@command("list")
def list_(arg):
    show()


@command("clear")
def clear(arg):
    before = len(todos)
    todos[:] = [t for t in todos if not t[0]]
    print(f"removed {before - len(todos)} finished item(s)")


while True:
    try:
        line = input("todo> ")
    except EOFError:
        print("\nbye (end of input)")
        break
    verb, _, arg = line.strip().partition(" ")
    if verb == "quit":
        print("bye")
        break
    handler = commands.get(verb)
    if handler is None:
        print(f"unknown command {verb!r}; try one of {', '.join(sorted(commands))}")
        continue
    try:
        handler(arg)
    except (ValueError, IndexError) as e:
        print(f"error: {type(e).__name__}: {e}")
print(f"{sum(d for d, _ in todos)} of {len(todos)} done")
