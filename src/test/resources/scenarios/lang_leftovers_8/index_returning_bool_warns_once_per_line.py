# __index__ and __int__ returning a bool or an int subclass's instance: CPython 3.11 goes on with the
# value and shows a DeprecationWarning on stderr, once per line and message.
import operator


class Switch:
    def __init__(self, on):
        self.on = on

    def __index__(self):
        return self.on == "on"

    def __int__(self):
        return not self.on


class Level(int):
    pass


class Volume:
    def __index__(self):
        return Level(2)

    def __int__(self):
        return Level(7)


labels = ["off", "on"]
switches = [Switch("on"), Switch("off"), Switch("on")]
for s in switches:
    print(labels[s], end=" ")
print()


def describe(s):
    return f"{operator.index(s)} {int(s)} {bin(s)}"


print(describe(switches[0]))
print(describe(switches[1]))
v = Volume()
print(operator.index(v), int(v), type(int(v)).__name__, list(range(v)), "abcdef"[v:])
print(operator.index(True), list(range(True)), [10, 20][True])
print(
    "across lines:",
    labels[
        switches[2]
    ],
    operator.index(
        switches[1]),
)
