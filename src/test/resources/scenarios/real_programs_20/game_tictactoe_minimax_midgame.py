LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
visited = 0


def winner(b):
    for x, y, z in LINES:
        if b[x] != " " and b[x] == b[y] == b[z]:
            return b[x]
    return None


def minimax(board, player):
    global visited
    visited += 1
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    moves = [i for i, v in enumerate(board) if v == " "]
    if not moves:
        return 0, None
    best = None
    for m in moves:
        board[m] = player
        score, _ = minimax(board, "O" if player == "X" else "X")
        board[m] = " "
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, m)
    return best


def show(b):
    rows = [" | ".join(b[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))


board = list("XO X  O  ")
show(board)
turn = "X"
while not winner(board) and " " in board:
    visited = 0
    score, move = minimax(board, turn)
    board[move] = turn
    print(f"{turn} plays {move} (expects {score:+d}, searched {visited} positions)")
    turn = "O" if turn == "X" else "X"
show(board)
print("result:", winner(board) or "draw")
