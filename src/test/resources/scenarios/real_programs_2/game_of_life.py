def step(board):
    rows, cols = len(board), len(board[0])
    def neighbours(r, c):
        return sum(board[(r + dr) % rows][(c + dc) % cols]
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
    return [[1 if (board[r][c] and neighbours(r, c) in (2, 3)) or (not board[r][c] and neighbours(r, c) == 3) else 0
             for c in range(cols)] for r in range(rows)]
board = [[0] * 6 for _ in range(6)]
for r, c in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3)]:
    board[r][c] = 1
for gen in range(4):
    print("gen", gen)
    for row in board:
        print("".join("#" if x else "." for x in row))
    board = step(board)
