# timedelta keeps days, seconds (0..86399) and microseconds (0..999999).
from datetime import timedelta

for td in [timedelta(hours=-1), timedelta(seconds=-1), timedelta(microseconds=-1),
           timedelta(days=1.5, seconds=0.5), timedelta(milliseconds=1.0005),
           timedelta(weeks=-1, minutes=3), timedelta(hours=25, minutes=61)]:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds)
print(timedelta(0), repr(timedelta()))
