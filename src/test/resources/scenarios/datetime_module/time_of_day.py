from datetime import time

opening = time(9, 0)
closing = time(17, 30, 15)
print(opening, repr(opening), closing, closing.isoformat())
print(opening < closing, opening == time(9), closing.hour, closing.minute, closing.second)
print(sorted([closing, opening, time(12)]))
print(time.min, time.max)
