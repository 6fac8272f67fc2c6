#!/usr/bin/env Rscript
# Reference values for the survey (proportion) statistics in src/lib/stats:
# proportionCI, compareProportions and detectableShareChange. Base R only:
#
#   Rscript scripts/proportion-reference.R
#
# writes tests/fixtures/proportion-reference.json, compared in
# tests/unit/stats/proportion.test.ts (1e-6 relative). R calls reproduced:
#   proportionCI 'wilson'           prop.test(x, n, correct = FALSE)$conf.int
#   proportionCI 'clopper-pearson'  binom.test(x, n)$conf.int; for non-integer effective
#                                   counts (a design effect) the beta quantiles that define it,
#                                   qbeta(alpha / 2, x, n - x + 1), qbeta(1 - alpha / 2, x + 1, n - x)
#   design effect                   the same calls on x / deff of n / deff (cases chosen so that
#                                   these are whole numbers, so prop.test and binom.test apply)
#   twoProportionTest,              prop.test(c(x_after, x_before), c(n_after, n_before)) with
#   compareProportions              correct = TRUE (the verdict's test) and FALSE: $p.value,
#                                   $conf.int (after - before)
#   detectableShareChange           power.prop.test(n, p1 = p0, power, sig.level)$p2 - p0
#   (correct: false)                (increase); the decrease by symmetry with p1 = 1 - p0.
#                                   The continuity-corrected version has no R function: the unit
#                                   test checks it by exact enumeration of the binomial outcomes.

source("scripts/r/json.R")
out_file <- "tests/fixtures/proportion-reference.json"

# ---- intervals ------------------------------------------------------------------
# x, n, level, deff
ci_cases <- list(c(30, 100, 0.95, 1), c(0, 50, 0.95, 1), c(50, 50, 0.95, 1), c(1, 12, 0.9, 1),
                 c(612, 1000, 0.95, 1), c(3, 4000, 0.95, 1), c(7421, 9000, 0.99, 1),
                 c(120, 400, 0.95, 2), c(90, 300, 0.95, 1.5), c(250, 1000, 0.95, 2.5))
ci_out <- lapply(ci_cases, function(v) {
  x <- v[1] / v[4]; n <- v[2] / v[4]
  stopifnot(x == round(x), n == round(n))
  w <- prop.test(x, n, correct = FALSE, conf.level = v[3])$conf.int
  cp <- binom.test(x, n, conf.level = v[3])$conf.int
  list(x = v[1], n = v[2], level = v[3], deff = v[4], share = v[1] / v[2],
       wilson = list(low = num(w[1]), high = num(w[2])),
       clopperPearson = list(low = num(cp[1]), high = num(cp[2])))
})
# Non-integer effective counts: Clopper-Pearson from its beta-quantile definition.
cp_frac <- list(c(37, 110, 0.95, 1.3), c(5, 80, 0.95, 1.7), c(400, 410, 0.9, 2.2))
cp_frac_out <- lapply(cp_frac, function(v) {
  x <- v[1] / v[4]; n <- v[2] / v[4]; a <- (1 - v[3]) / 2
  list(x = v[1], n = v[2], level = v[3], deff = v[4],
       low = num(if (x == 0) 0 else qbeta(a, x, n - x + 1)),
       high = num(if (x == n) 1 else qbeta(1 - a, x + 1, n - x)))
})

# ---- two surveys ------------------------------------------------------------------
# before x, n, deff; after x, n, deff; level
cmp_cases <- list(c(620, 1000, 1, 680, 1000, 1, 0.95), c(130, 412, 1, 101, 398, 1, 0.95),
                  c(45, 120, 1, 52, 118, 1, 0.95), c(300, 600, 2, 360, 600, 2, 0.95),
                  c(812, 1500, 1, 700, 1400, 1, 0.9), c(21, 60, 1.5, 33, 75, 1.5, 0.95))
cmp_out <- lapply(cmp_cases, function(v) {
  xb <- v[1] / v[3]; nb <- v[2] / v[3]; xa <- v[4] / v[6]; na <- v[5] / v[6]
  stopifnot(xb == round(xb), nb == round(nb), xa == round(xa), na == round(na))
  t <- prop.test(c(xa, xb), c(na, nb), correct = FALSE, conf.level = v[7])
  y <- prop.test(c(xa, xb), c(na, nb), correct = TRUE, conf.level = v[7])
  list(before = list(x = v[1], n = v[2], deff = v[3]), after = list(x = v[4], n = v[5], deff = v[6]),
       level = v[7], plain = list(p = num(t$p.value), low = num(t$conf.int[1]), high = num(t$conf.int[2])),
       yates = list(p = num(y$p.value), low = num(y$conf.int[1]), high = num(y$conf.int[2])))
})

# ---- detectable change --------------------------------------------------------------
# p0, n (both surveys), level, power
mdc_cases <- list(c(0.6, 1000, 0.95, 0.8), c(0.3, 400, 0.95, 0.8), c(0.15, 200, 0.95, 0.9),
                  c(0.8, 150, 0.9, 0.8), c(0.5, 50, 0.95, 0.5))
mdc_out <- lapply(mdc_cases, function(v) {
  up <- power.prop.test(n = v[2], p1 = v[1], power = v[4], sig.level = 1 - v[3], tol = 1e-12)$p2
  down <- power.prop.test(n = v[2], p1 = 1 - v[1], power = v[4], sig.level = 1 - v[3], tol = 1e-12)$p2
  list(p0 = v[1], n = v[2], level = v[3], power = v[4], increase = num(up - v[1]), decrease = num(down - (1 - v[1])))
})

result <- list(generatedBy = "scripts/proportion-reference.R", rVersion = R.version.string,
  proportionCI = ci_out, clopperPearsonFractional = cp_frac_out,
  compareProportions = cmp_out, detectableShareChange = mdc_out)
writeLines(to_json(result), out_file)
cat("wrote", out_file, "\n")
