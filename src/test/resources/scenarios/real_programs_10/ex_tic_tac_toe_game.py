LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def show(board):
    for r in range(3):
        print(" " + " | ".join(board[3 * r:3 * r + 3]))
        if r < 2:
            print("---+---+---")

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None

def best_move(board, me, other):
    for mark in (me, other):
        for a, b, c in LINES:
            line = [board[a], board[b], board[c]]
            if line.count(mark) == 2 and line.count(" ") == 1:
                return (a, b, c)[line.index(" ")]
    for pos in (4, 0, 2, 6, 8, 1, 3, 5, 7):
        if board[pos] == " ":
            return pos

board = [" "] * 9
moves_x = iter([0, 8, 6, 5])
turn = "X"
while True:
    if turn == "X":
        pos = next(moves_x)
        while board[pos] != " ":
            pos = next(moves_x)
    else:
        pos = best_move(board, "O", "X")
    board[pos] = turn
    print(f"{turn} plays {pos}")
    w = winner(board)
    if w or " " not in board:
        break
    turn = "O" if turn == "X" else "X"
show(board)
print("winner:", w or "draw")
