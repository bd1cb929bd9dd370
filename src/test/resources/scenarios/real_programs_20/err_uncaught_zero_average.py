def average(scores):
    return sum(scores) / len(scores)


classes = {"math": [90, 85, 77], "art": [], "music": [66, 71]}
report = {}
for subject in sorted(classes):
    print("averaging", subject)
    report[subject] = average(classes[subject])
print(report)
