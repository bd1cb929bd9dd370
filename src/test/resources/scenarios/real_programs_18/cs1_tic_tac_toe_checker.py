# Tic-tac-toe: who won, whose turn, and a seeded random game.
import random

LINES = [[(r, c) for c in range(3)] for r in range(3)] + \
        [[(r, c) for r in range(3)] for c in range(3)] + \
        [[(i, i) for i in range(3)], [(i, 2 - i) for i in range(3)]]

def winner(board):
    for line in LINES:
        marks = {board[r][c] for r, c in line}
        if len(marks) == 1 and " " not in marks:
            return marks.pop()
    return None

def show(board):
    print("\n---------\n".join(" | ".join(row) for row in board))

def play(seed):
    random.seed(seed)
    board = [[" "] * 3 for _ in range(3)]
    free = [(r, c) for r in range(3) for c in range(3)]
    player = "X"
    while free:
        r, c = random.choice(free)
        free.remove((r, c))
        board[r][c] = player
        w = winner(board)
        if w:
            return board, w
        player = "O" if player == "X" else "X"
    return board, "draw"

for seed in (1, 2, 3):
    board, result = play(seed)
    show(board)
    print("result:", result, "\n")
fixed = [list("XOX"), list("OXO"), list("OXX")]
print(winner(fixed), sum(row.count("X") for row in fixed), sum(row.count("O") for row in fixed))
