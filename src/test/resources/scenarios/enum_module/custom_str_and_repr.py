from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

    def __str__(self):
        return self.name.lower()

class Token(Enum):
    PLUS = "+"
    MINUS = "-"

    def __repr__(self):
        return f"Token({self.value!r})"

print(Color.RED, f"{Color.GREEN}", repr(Color.RED))
print(Token.PLUS, [Token.MINUS])
