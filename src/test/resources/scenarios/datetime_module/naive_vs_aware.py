from datetime import datetime, timezone

naive = datetime(2024, 6, 1, 9, 0)
aware = datetime(2024, 6, 1, 9, 0, tzinfo=timezone.utc)
print(naive == aware, naive.tzinfo, aware.tzinfo, naive.utcoffset(), aware.utcoffset())
for f in [lambda: naive < aware, lambda: aware - naive, lambda: datetime(2024, 1, 1, tzinfo="UTC")]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(type(datetime.now(timezone.utc)).__name__, datetime.now(timezone.utc).utcoffset())
