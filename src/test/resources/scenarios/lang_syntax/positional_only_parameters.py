# Parameters before / can only be passed by position; the ones after by position or keyword.
def area(width, height, /, scale=1):
    return width * height * scale

print(area(2, 3), area(2, 3, 2), area(2, 3, scale=10))
try:
    area(width=2, height=3)
except TypeError as e:
    print("TypeError:", e)
try:
    area(2, height=3)
except TypeError as e:
    print("TypeError:", e)
