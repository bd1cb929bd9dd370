# Aware datetimes with fixed offsets: the same moment in two zones is equal.
from datetime import datetime, timedelta, timezone

cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
call = datetime(2024, 11, 5, 16, 0, tzinfo=cet)
same = datetime(2024, 11, 5, 20, 30, tzinfo=ist)
print(call, same, call == same, same - call)
print(repr(call))
print(repr(ist), ist, cet, call.utcoffset(), same.isoformat())
print(call.replace(tzinfo=timezone.utc) - call)
print(sorted([same + timedelta(minutes=1), call])[0].tzinfo)
