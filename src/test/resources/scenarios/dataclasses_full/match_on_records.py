# match/case on dataclasses: positional patterns follow __match_args__ (keyword-only fields are
# left out), keyword patterns read any field.
import sys
from dataclasses import dataclass, KW_ONLY

@dataclass(frozen=True)
class Move:
    dx: int
    dy: int

@dataclass
class Say:
    text: str
    _: KW_ONLY
    loud: bool = False

def run(command):
    match command:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx=dx, dy=dy):
            return f"move {dx},{dy}"
        case Say(text, loud=True):
            return text.upper() + "!"
        case Say(text):
            return text
    return "?"

commands = [Move(0, 0), Move(3, 0), Move(1, 2), Say("hi"), Say("hey", loud=True)]
print([run(c) for c in commands])
print(Move.__match_args__, Say.__match_args__, sys.getrefcount(commands[0]))
try:
    match Say("x", loud=False):
        case Say(a, b):
            pass
except TypeError as e:
    print(e)
