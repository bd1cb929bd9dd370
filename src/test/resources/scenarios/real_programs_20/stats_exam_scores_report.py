import statistics as st
from bisect import bisect
import math

scores = {
    "Period 1": [88, 92, 79, 65, 95, 70, 84, 91, 77, 58],
    "Period 2": [72, 68, 81, 90, 85, 62, 79, 88],
    "Period 3": [95, 98, 91, 87, 99, 93, 90],
}
BREAKS = [60, 70, 80, 90]
GRADES = "FDCBA"


def grade(score):
    return GRADES[bisect(BREAKS, score)]


print(f"{'class':<9}{'n':>3}{'mean':>8}{'median':>8}{'stdev':>8}{'min':>5}{'max':>5}")
for name, values in scores.items():
    print(f"{name:<9}{len(values):>3}{st.mean(values):>8.2f}{st.median(values):>8.1f}"
          f"{st.stdev(values):>8.2f}{min(values):>5}{max(values):>5}")
everyone = [s for values in scores.values() for s in values]
print("overall mean:", round(st.fmean(everyone), 3), "pstdev:", round(st.pstdev(everyone), 3))
print("median low/high:", st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print("mode:", st.mode([grade(s) for s in everyone]), "multimode:", st.multimode("aabbbcccd"))
print("quartiles:", st.quantiles(everyone, n=4))
print("deciles:", [round(q, 1) for q in st.quantiles(everyone, n=10)])
print("grades:", "".join(grade(s) for s in scores["Period 1"]))
distribution = {g: sum(grade(s) == g for s in everyone) for g in reversed(GRADES)}
for g, n in distribution.items():
    print(f"  {g} {n:>2} {'#' * n}")
mu, sigma = st.mean(everyone), st.stdev(everyone)
print("z-scores of top three:", [round((s - mu) / sigma, 2) for s in sorted(everyone)[-3:]])
curve = [min(100, round(s + (85 - mu))) for s in scores["Period 2"]]
print("curved period 2:", curve, round(st.mean(curve), 2))
hours = [2, 3, 5, 1, 4, 6, 3, 5]
print("correlation:", round(st.correlation(hours, scores["Period 2"]), 4))
print("harmonic/geometric:", round(st.harmonic_mean([40, 60]), 3), round(st.geometric_mean([1, 10, 100]), 6))
print("variance:", st.variance([2, 4, 4, 4, 5, 5, 7, 9]), st.pvariance([2, 4, 4, 4, 5, 5, 7, 9]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print("isclose:", math.isclose(st.fmean([0.1] * 10), 0.1), math.fsum([0.1] * 10), sum([0.1] * 10))
