LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None

def show(board):
    rows = [" | ".join(board[i:i + 3]) for i in range(0, 9, 3)]
    print("\n---------\n".join(rows))

board = [" "] * 9
moves = [4, 0, 2, 6, 3, 5, 1, 7, 8]
player = "X"
for turn, cell in enumerate(moves, 1):
    if board[cell] != " ":
        print("taken!")
        continue
    board[cell] = player
    w = winner(board)
    if w:
        print(f"{w} wins on turn {turn}")
        break
    player = "O" if player == "X" else "X"
else:
    print("draw")
show(board)
print("free cells:", [i for i, c in enumerate(board) if c == " "])
