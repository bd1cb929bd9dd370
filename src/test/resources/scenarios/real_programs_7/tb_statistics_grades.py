import statistics as st

scores = {"ana": [88, 92, 79, 93], "ben": [70, 65, 80, 75], "cy": [95, 95, 90, 100], "di": [60, 85, 85, 70]}
print(f"{'name':<6}{'mean':>7}{'median':>8}{'stdev':>8}")
for name, s in scores.items():
    print(f"{name:<6}{st.mean(s):>7.2f}{st.median(s):>8}{st.stdev(s):>8.2f}")
everyone = [x for s in scores.values() for x in s]
print("mode:", st.mode(everyone), "multimode:", st.multimode(everyone))
print("median_low/high:", st.median_low(everyone), st.median_high(everyone))
print("pvariance:", round(st.pvariance(everyone), 3), "fmean:", st.fmean(everyone))
ranked = sorted(scores, key=lambda n: (-st.mean(scores[n]), n))
print("ranking:", ranked)
print("quartiles:", st.quantiles(everyone, n=4))
