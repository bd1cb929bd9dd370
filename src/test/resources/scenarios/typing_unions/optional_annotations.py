# Annotations written with | between typing's aliases and None: what the function object keeps.
from typing import Dict, List, Optional, Tuple


def find_user(users: Dict[str, int] | None, name: str) -> int | None:
    if users is None:
        return None
    return users.get(name)


def split_pairs(raw: str) -> List[Tuple[str, int]] | None:
    if not raw:
        return None
    out = []
    for chunk in raw.split(","):
        key, value = chunk.split("=")
        out.append((key.strip(), int(value)))
    return out


for name, hint in find_user.__annotations__.items():
    print(f"{name:>7}: {hint}")
for name, hint in split_pairs.__annotations__.items():
    print(f"{name:>7}: {hint}")

print(find_user({"ada": 36}, "ada"), find_user(None, "ada"))
print(split_pairs("a=1, b=2"), split_pairs(""))
print(split_pairs.__annotations__["return"] == Optional[List[Tuple[str, int]]])
