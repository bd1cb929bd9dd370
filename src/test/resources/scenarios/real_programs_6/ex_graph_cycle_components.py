def components(graph):
    seen = set()
    parts = []
    for start in sorted(graph):
        if start in seen:
            continue
        stack = [start]
        part = []
        seen.add(start)
        while stack:
            v = stack.pop()
            part.append(v)
            for w in graph[v]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
        parts.append(sorted(part))
    return parts

def has_cycle(directed):
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(directed, WHITE)
    def visit(v):
        color[v] = GREY
        for w in directed[v]:
            if color[w] == GREY or (color[w] == WHITE and visit(w)):
                return True
        color[v] = BLACK
        return False
    return any(color[v] == WHITE and visit(v) for v in directed)

undirected = {1: [2], 2: [1, 3], 3: [2], 4: [5], 5: [4], 6: []}
print(components(undirected))
print(has_cycle({"a": ["b"], "b": ["c"], "c": []}))
print(has_cycle({"a": ["b"], "b": ["c"], "c": ["a"]}))
degree = {v: len(ws) for v, ws in undirected.items()}
print(max(degree, key=degree.get), degree)
