class Frame:
    """One rendered frame; the counter and the message show when each one goes."""
    made = 0

    def __init__(self, n):
        Frame.made, self.n = Frame.made + 1, n

    def __del__(self):
        print(f"  frame {self.n} freed")

current = None
for i in range(4):
    print(f"rendering frame {i}")
    current = Frame(i)
print("loop finished; holding", current.n)
history = []
for i in range(4, 7):
    history.append(Frame(i))
    if len(history) > 2:
        history.pop(0)
print("kept", [f.n for f in history])
current = history = None
print("made", Frame.made)
