# mean and variance of ints are exact fractions converted once: an int when whole, else a float.
import statistics as st

for data in ([1, 2, 3], [1, 2, 3, 4], [2, 4, 4, 4, 5, 5, 7, 9], [1, 1, 1], [10**20, 1, 2], [True, True, False]):
    m, v, pv = st.mean(data), st.variance(data), st.pvariance(data)
    print(data, repr(m), type(m).__name__, repr(v), repr(pv), type(pv).__name__)
print(st.mean([0.1, 0.2, 0.3]), st.fmean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3)
print(st.mean([1, 2.5]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.mean([1e16, 1.0, -1e16]), st.fmean([1e16, 1.0, -1e16]))
