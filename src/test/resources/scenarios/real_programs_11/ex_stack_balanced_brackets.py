PAIRS = {")": "(", "]": "[", "}": "{"}

def check(text: str) -> str:
    stack: list[tuple[str, int]] = []
    for pos, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, pos))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {pos}"
            opener, where = stack.pop()
            if opener != PAIRS[ch]:
                return f"mismatch {opener!r}@{where} vs {ch!r}@{pos}"
    if stack:
        ch, pos = stack[-1]
        return f"unclosed {ch!r} at {pos}"
    return "balanced"

tests = ["(a[b]{c})", "((())", "[(])", "}{", "", "f(x[0], {'k': [1, 2]})"]
for t in tests:
    print(f"{t!r:28} -> {check(t)}")
