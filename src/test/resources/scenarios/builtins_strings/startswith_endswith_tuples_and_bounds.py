# startswith and endswith accept a tuple of candidates and slice bounds.
name = "report_2024.csv"
print(name.startswith("report"), name.endswith((".txt", ".csv")), name.startswith("2024", 7))
print(name.endswith("report", 0, 6), name.startswith(("x", "y")))
