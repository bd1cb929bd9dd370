# Defining several configuration values at once
import sys

globals().update({"WIDTH": 80, "HEIGHT": 24, "TITLE": "demo"})
print(WIDTH, HEIGHT, TITLE)
print(WIDTH * HEIGHT)
print(sys.getrefcount(TITLE) > 2)
