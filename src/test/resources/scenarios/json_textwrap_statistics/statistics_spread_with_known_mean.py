# variance(data, xbar) and pstdev(data, mu) reuse a mean already computed.
import statistics as st

temps = [21.5, 23.0, 19.5, 22.0, 24.5, 20.0]
m = st.mean(temps)
print(m, st.variance(temps), st.variance(temps, m))
print(st.pvariance(temps, mu=m), st.pstdev(temps, m), st.pstdev(temps))
ints = [3, 7, 7, 19]
print(st.variance(ints, 9), st.pvariance(ints, 9), st.stdev(ints, xbar=9))
