#!/usr/bin/env Rscript
# Reference values for the special functions in src/lib/stats/special-gamma.ts and
# src/lib/stats/special-beta.ts (which replaced the @stdlib packages). Base R only:
#
#   Rscript scripts/special-reference.R
#
# writes tests/fixtures/special-reference.json, compared in tests/unit/stats/special.test.ts.
# R calls reproduced:
#   logGamma(a)                  lgamma(a)
#   gammainc / gammaincUpper     pgamma(x, a), pgamma(x, a, lower.tail = FALSE)
#   gammaQuantile(p, a)          qgamma(p, a)
#   erfc(x)                      2 * pnorm(-x * sqrt(2))
#   normalQuantile(p, mu, sigma) qnorm(p, mu, sigma)
#   betainc / betaincUpper       pbeta(x, a, b), pbeta(x, a, b, lower.tail = FALSE)
#   betaQuantile(p, a, b)        qbeta(p, a, b)
#   binomialPmf / binomialCdf    dbinom(k, n, p), pbinom(k, n, p)
#   studentTQuantile(p, df)      qt(p, df); above 1/2 as -qt(1 - p, df) (see below)
# The grid covers what the app asks for: shapes 0.5 .. 1e6 (counts and count + 1, effective
# survey counts), p from 1e-10 to 1 - 1e-10, x near 0 and 1, binomial n up to 1e6.

source("scripts/r/json.R")
out_file <- "tests/fixtures/special-reference.json"

probs <- c(1e-10, 1e-6, 1e-3, 0.025, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-6, 1 - 1e-10)

# ---- gamma --------------------------------------------------------------------------
lgamma_args <- c(0.5, 1, 1.5, 2, 2.5, 3, 7.25, 10, 14.5, 15, 15.5, 33, 100, 1001, 12345.5, 1e6)
lgamma_out <- lapply(lgamma_args, function(a) list(a = a, value = lgamma(a)))

shapes <- c(0.5, 1, 2.5, 7, 30, 101, 1001, 1e4, 1e5, 1e6)
pgamma_out <- list()
qgamma_out <- list()
for (a in shapes) {
  for (p in probs) {
    q <- qgamma(p, a)
    qgamma_out[[length(qgamma_out) + 1]] <- list(p = p, shape = a, value = q)
    pgamma_out[[length(pgamma_out) + 1]] <- list(x = q, shape = a, lower = pgamma(q, a),
                                                 upper = pgamma(q, a, lower.tail = FALSE))
  }
  for (x in c(1e-8, a / 2, a, a + 1, 2 * a + 5)) {
    pgamma_out[[length(pgamma_out) + 1]] <- list(x = x, shape = a, lower = pgamma(x, a),
                                                 upper = pgamma(x, a, lower.tail = FALSE))
  }
}

# ---- normal ---------------------------------------------------------------------------
erfc_args <- c(-6, -3, -1, -0.5, -1e-3, 0, 1e-9, 1e-3, 0.1, 0.4, 0.5, 0.8, 1, 1.2, 1.3, 1.5, 2, 3,
               4.5, 6, 10, 15, 20, 26)
erfc_out <- lapply(erfc_args, function(x) list(x = x, value = 2 * pnorm(-x * sqrt(2))))

qnorm_args <- c(1e-100, 1e-20, 1e-12, probs, 0.075, 0.0751, 0.925, 0.49999)
qnorm_out <- c(lapply(qnorm_args, function(p) list(p = p, mu = 0, sigma = 1, value = qnorm(p))),
               list(list(p = 0.975, mu = 2, sigma = 3, value = qnorm(0.975, 2, 3))))

# ---- beta -----------------------------------------------------------------------------
# (a, b): Jeffreys-like, uniform, small counts, Clopper-Pearson shapes x, n - x + 1 and
# x + 1, n - x with n up to 1e6, the t-quantile shapes df / 2 and 1/2, symmetric large.
ab <- list(c(0.5, 0.5), c(1, 1), c(0.5, 3), c(3, 0.5), c(2, 5), c(1, 12), c(30, 71), c(13, 88),
           c(0.5, 500), c(500, 0.5), c(5, 0.5), c(1, 1e6), c(1e6, 1), c(3, 999998), c(4, 999997),
           c(1000, 1000), c(25000.5, 74000.5), c(5e5, 5e5 + 1), c(1e5, 3), c(612, 389))
pbeta_out <- list()
qbeta_out <- list()
for (v in ab) {
  a <- v[1]; b <- v[2]
  for (p in probs) {
    q <- qbeta(p, a, b)
    qbeta_out[[length(qbeta_out) + 1]] <- list(p = p, a = a, b = b, value = q)
    if (q > 0 && q < 1) {
      pbeta_out[[length(pbeta_out) + 1]] <- list(x = q, a = a, b = b, lower = pbeta(q, a, b),
                                                 upper = pbeta(q, a, b, lower.tail = FALSE))
    }
  }
  for (x in c(1e-12, 1e-4, 0.5, a / (a + b), 1 - 1e-4, 1 - 1e-12)) {
    pbeta_out[[length(pbeta_out) + 1]] <- list(x = x, a = a, b = b, lower = pbeta(x, a, b),
                                               upper = pbeta(x, a, b, lower.tail = FALSE))
  }
}

# ---- binomial -------------------------------------------------------------------------
binom_out <- list()
for (n in c(1, 10, 100, 1000, 54321, 1e6)) {
  for (p in c(1e-6, 0.01, 0.3, 0.5, 0.75, 0.99, 1 - 1e-6)) {
    ks <- unique(c(0, n, qbinom(c(1e-10, 1e-3, 0.1, 0.5, 0.9, 0.999, 1 - 1e-10), n, p)))
    for (k in ks) {
      binom_out[[length(binom_out) + 1]] <- list(k = k, n = n, p = p, pmf = dbinom(k, n, p),
                                                 cdf = pbinom(k, n, p))
    }
  }
}

# ---- Student t ------------------------------------------------------------------------
qt_out <- list()
for (df in c(0.7, 1, 2, 3.5, 8, 30, 123.4, 1000, 1e5, 1e7)) {
  for (p in c(probs, 0.5001, 0.8)) {
    # Upper half through the symmetry qt(p) = -qt(1 - p) (1 - p is exact for p >= 1/2): R 4.2.2's
    # qt(1 - 1e-10, 0.7) is 1.2e-6 off its own pt, while -qt(1 - p, 0.7) agrees with pt to 1e-14.
    qt_out[[length(qt_out) + 1]] <- list(p = p, df = df, value = if (p > 0.5) -qt(1 - p, df) else qt(p, df))
  }
}

result <- list(
  r_version = R.version.string,
  lgamma = lgamma_out,
  pgamma = pgamma_out,
  qgamma = qgamma_out,
  erfc = erfc_out,
  qnorm = qnorm_out,
  pbeta = pbeta_out,
  qbeta = qbeta_out,
  binom = binom_out,
  qt = qt_out
)
writeLines(to_json(result), out_file)
cat("wrote", out_file, "\n")
