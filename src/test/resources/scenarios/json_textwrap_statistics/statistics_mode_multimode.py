# mode is the first most common value; multimode lists all of them in order of first appearance.
import statistics as st

votes = ["red", "blue", "green", "blue", "red", "yellow"]
print(st.mode(votes), st.multimode(votes))
print(st.mode([3, 1, 3, 2, 1]), st.multimode([3, 1, 3, 2, 1]))
print(st.multimode("mississippi"), st.mode("mississippi"))
print(st.multimode([]), st.multimode([1.0, 1, True]), st.mode([1.0, 1, True]))
try:
    st.mode([[1], [1]])
except TypeError as e:
    print("TypeError:", e)
