# Value patterns use dotted names (compared with ==); a bare name would be a capture instead.
class Color:
    RED = "red"
    GREEN = "green"
class Config:
    class Mode:
        FAST = 1
        SLOW = 2
def name(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Config.Mode.FAST:
            return "fast"
        case _:
            return "?"
for c in ["red", "green", 1, 2]:
    print(c, name(c))
