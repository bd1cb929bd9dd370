# Exercism-style robot simulator: a compass with an Enum, instructions read from standard input.
from enum import Enum


class Direction(Enum):
    NORTH = (0, 1)
    EAST = (1, 0)
    SOUTH = (0, -1)
    WEST = (-1, 0)

    def turn(self, step):
        members = list(Direction)
        return members[(members.index(self) + step) % 4]


class Robot:
    def __init__(self, direction=Direction.NORTH, x=0, y=0):
        self.direction = direction
        self.coordinates = (x, y)
        self.trail = [self.coordinates]

    def move(self, instructions):
        for ch in instructions:
            if ch == "R":
                self.direction = self.direction.turn(1)
            elif ch == "L":
                self.direction = self.direction.turn(-1)
            elif ch == "A":
                dx, dy = self.direction.value
                x, y = self.coordinates
                self.coordinates = (x + dx, y + dy)
                self.trail.append(self.coordinates)
            else:
                raise ValueError(f"unknown instruction {ch!r}")

    def __repr__(self):
        return f"Robot({self.direction.name}, {self.coordinates})"


count = int(input())
robots = []
for _ in range(count):
    name, start, instructions = input().split()
    x, y, facing = start.split(",")
    robot = Robot(Direction[facing], int(x), int(y))
    try:
        robot.move(instructions)
    except ValueError as e:
        print(name, "stopped:", e)
    robots.append((name, robot))
for name, robot in robots:
    print(f"{name:<6} {robot!r:<24} visited {len(set(robot.trail))} cells")
print(Direction.NORTH.turn(-1), Direction.WEST.turn(1), Direction((1, 0)))
print(sorted(d.name for d in Direction))
