from collections import deque

roads = {
    "A": ["B", "C"],
    "B": ["D"],
    "C": ["D", "E"],
    "D": ["F"],
    "E": ["F"],
    "F": [],
}

def shortest(graph, start, goal):
    parent = {start: None}
    todo = deque([start])
    while todo:
        here = todo.popleft()
        if here == goal:
            break
        for nxt in graph[here]:
            if nxt not in parent:
                parent[nxt] = here
                todo.append(nxt)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = parent[node]
    return path[::-1], parent

path, parent = shortest(roads, "A", "F")
print(" -> ".join(path))
print(parent)
