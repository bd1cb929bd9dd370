# Days until a deadline, and the weekday it falls on.
from datetime import date, timedelta

today = date(2024, 11, 28)
deadline = date(2024, 12, 24)
left = deadline - today
print(left, repr(left), left.days)
print(deadline.strftime("%A, %d %B %Y"), deadline.weekday(), deadline.isoweekday())
print(today + timedelta(weeks=4))
