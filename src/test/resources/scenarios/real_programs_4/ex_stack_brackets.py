PAIRS = {")": "(", "]": "[", "}": "{"}

def check(expr):
    stack = []
    for i, ch in enumerate(expr):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return f"unexpected {ch!r} at {i}"
            stack.pop()
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "balanced"

def rpn(tokens):
    st = []
    for t in tokens.split():
        if t.lstrip("-").isdigit():
            st.append(int(t))
        else:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b}[t])
    return st.pop()

for e in ["(a[b]{c})", "(]", "((x)", "{[()()]}", "", "a)"]:
    print(f"{e!r:12} {check(e)}")
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("-7 2 /"))
try:
    rpn("1 +")
except IndexError as e:
    print("IndexError:", e)
