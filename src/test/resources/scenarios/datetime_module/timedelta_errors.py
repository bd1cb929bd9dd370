from datetime import timedelta

for make in [lambda: timedelta(days=10**9), lambda: timedelta(days="1"), lambda: timedelta(1) / 0,
             lambda: timedelta(1) % timedelta(0), lambda: timedelta(1) + 1, lambda: timedelta(1) < 5,
             lambda: timedelta(x=1), lambda: timedelta(1, days=2)]:
    try:
        print(make())
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
