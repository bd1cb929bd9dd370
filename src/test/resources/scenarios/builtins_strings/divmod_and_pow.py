# divmod floors toward minus infinity; pow takes an optional modulus.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, -1, 5), pow(2.0, 0.5))
