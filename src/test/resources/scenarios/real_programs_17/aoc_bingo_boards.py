# Advent-of-Code style bingo: parse drawn numbers and 5x5 boards, find the first and last winners.
import sys

chunks = sys.stdin.read().strip().split("\n\n")
draws = [int(n) for n in chunks[0].split(",")]
boards = [[[int(n) for n in row.split()] for row in chunk.splitlines()] for chunk in chunks[1:]]
print(len(draws), "draws,", len(boards), "boards")


class Board:
    def __init__(self, rows):
        self.rows = rows
        self.marked = set()

    def mark(self, n):
        for r, row in enumerate(self.rows):
            for c, v in enumerate(row):
                if v == n:
                    self.marked.add((r, c))

    def won(self):
        size = len(self.rows)
        return any(all((r, c) in self.marked for c in range(size)) for r in range(size)) or \
            any(all((r, c) in self.marked for r in range(size)) for c in range(size))

    def unmarked_sum(self):
        return sum(v for r, row in enumerate(self.rows) for c, v in enumerate(row) if (r, c) not in self.marked)

    def show(self):
        for r, row in enumerate(self.rows):
            print(" ".join(f"[{v:>2}]" if (r, c) in self.marked else f" {v:>2} " for c, v in enumerate(row)))


playing = [Board(b) for b in boards]
winners = []
for n in draws:
    for board in playing:
        board.mark(n)
    for board in [b for b in playing if b.won()]:
        winners.append((n, board))
        playing.remove(board)
    if not playing:
        break
(first_n, first), (last_n, last) = winners[0], winners[-1]
first.show()
print("part 1:", first_n, "*", first.unmarked_sum(), "=", first_n * first.unmarked_sum())
print("part 2:", last_n * last.unmarked_sum(), "after", len(winners), "winners")
