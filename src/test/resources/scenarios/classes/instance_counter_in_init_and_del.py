# The textbook instance counter: a class attribute raised in __init__ and lowered in __del__.
class Ball:
    count = 0
    def __init__(self):
        Ball.count += 1
    def __del__(self):
        Ball.count -= 1
a = Ball()
b = Ball()
print(Ball.count)
del a
print(Ball.count)
b = None
print(Ball.count)
balls = [Ball() for i in range(5)]
print(Ball.count)
balls.clear()
print(Ball.count)
