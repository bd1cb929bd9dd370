from collections import deque

WORDS = """cold cord card ward warm worm word wood good gold bold bolt boat coat cord core
care dare dark bark park part port pore more mare ware wore""".split()

def neighbours(word, words):
    for i in range(len(word)):
        for ch in "abcdefghijklmnopqrstuvwxyz":
            if ch != word[i]:
                cand = word[:i] + ch + word[i + 1:]
                if cand in words:
                    yield cand

def ladder(start, goal, words):
    words = set(words)
    prev = {start: None}
    queue = deque([start])
    while queue:
        w = queue.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in sorted(neighbours(w, words)):
            if n not in prev:
                prev[n] = w
                queue.append(n)
    return None

for a, b in (("cold", "warm"), ("gold", "boat"), ("dark", "more"), ("cold", "xxxx")):
    path = ladder(a, b, WORDS)
    print(f"{a} -> {b}:", " > ".join(path) if path else "no path")
