# A high-score table kept as JSON text (as it would be in a file), updated and saved again.
import json

saved = '[{"player": "kim", "score": 420}, {"player": "lee", "score": 380}]'
table = json.loads(saved)
table.append({"player": "max", "score": 500})
table.sort(key=lambda row: row["score"], reverse=True)
for rank, row in enumerate(table, 1):
    print(f"{rank}. {row['player']:<5}{row['score']:>5}")
saved = json.dumps(table)
print(saved)
print(len(json.loads(saved)))
