from datetime import date, datetime

d = date(2024, 7, 4)
print(d.strftime("%Y-%m-%d"), d.strftime("%d/%m/%y"), d.strftime("%A %B %d"), d.strftime("%a %b, day %j"))
t = datetime(2024, 7, 4, 15, 7, 9, 25)
print(t.strftime("%H:%M:%S"), t.strftime("%I:%M %p"), t.strftime("%Y%m%d-%H%M%S.%f 100%%"))
print(f"{d:%d.%m.%Y}", f"{t:%H:%M}", f"{d}", format(d, "%B"))
