# Modern type hints: list[int], dict[str, int] | None are objects made when the def runs.
def mean(values: list[float]) -> float:
    return sum(values) / len(values)
def lookup(table: dict[str, int], key: str, default: int | None = None) -> int | None:
    return table.get(key, default)
def pairs(items: tuple[int, ...]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in zip(items, items[1:])]
print(mean([1.0, 2.0, 4.0]), lookup({'a': 1}, 'a'), lookup({}, 'b'), pairs((1, 2, 3)))
