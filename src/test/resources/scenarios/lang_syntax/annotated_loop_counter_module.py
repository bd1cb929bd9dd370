# Annotated names inside a module-level if and for still go into __annotations__.
total: int = 0
for i in range(3):
    step: int = i * 2
    total += step
if total > 0:
    label: str = "positive"
print(total, step, label)
print(sorted(__annotations__))
