from enum import IntFlag, auto


class Style(IntFlag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()
    STRIKE = auto()


s = Style.BOLD | Style.UNDERLINE | Style.STRIKE
print(list(s))
print([m.name for m in s], len(s), bool(s), bool(Style(0)))
print(list(Style), len(Style))
print(Style.ITALIC in s, Style.BOLD | Style.STRIKE in s, Style(0) in s)
for member in Style:
    print(member.name, member.value, member in s)
print(sum(Style), sorted(s, reverse=True))
