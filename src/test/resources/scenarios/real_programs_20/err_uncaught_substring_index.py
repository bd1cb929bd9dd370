records = ["name=Ann;age=31", "name=Bo;age=22", "name=Cy age=40"]
for rec in records:
    cut = rec.index(";")
    print(rec[:cut].split("=")[1], "is", rec[cut + 1:].split("=")[1])
