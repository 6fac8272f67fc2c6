#!/usr/bin/env Rscript
# Exact power of the continuity-corrected two-sample test of proportions (the verdict's test,
# R's prop.test(correct = TRUE) at the 5 % level), for the check of detectableShareChange in
# tests/unit/stats/proportion.test.ts. Base R only:
#
#   Rscript scripts/proportion-power-reference.R
#
# writes tests/fixtures/proportion-power-reference.json. For each case (p0, n1, n2) the power
# at true shares p0 (first survey) and p2 (second) is summed over every outcome a of n1 and
# b of n2: sum dbinom(a, n1, p0) * dbinom(b, n2, p2) * [prop.test(c(a, b), c(n1, n2))$p.value < 0.05].
# Outcomes a with dbinom(a, n1, p0) < 1e-14 are left out (their total weight is below 1e-11).
# The fixture holds, for an increase (p2 > p0) and a decrease (p2 < p0), the p2 at which that exact
# power is 0.77 and 0.83 (uniroot): a detectable change with exact power in [0.77, 0.83] lies between them.

source("scripts/r/json.R")
out_file <- "tests/fixtures/proportion-power-reference.json"

cases <- list(c(0.6, 300, 300), c(0.3, 200, 500), c(0.15, 400, 400))

band <- function(v) {
  p0 <- v[1]; n1 <- v[2]; n2 <- v[3]
  wa <- dbinom(0:n1, n1, p0)
  as <- which(wa >= 1e-14) - 1
  reject <- matrix(FALSE, length(as), n2 + 1)
  for (i in seq_along(as)) {
    for (b in 0:n2) {
      p <- suppressWarnings(prop.test(c(as[i], b), c(n1, n2), correct = TRUE)$p.value)
      reject[i, b + 1] <- !is.na(p) && p < 0.05
    }
  }
  power <- function(p2) sum(wa[as + 1] * (reject %*% dbinom(0:n2, n2, p2)))
  at <- function(target, lo, hi) uniroot(function(p2) power(p2) - target, c(lo, hi), tol = 1e-12)$root
  list(p0 = p0, n1 = n1, n2 = n2,
       increase = list(p2At077 = at(0.77, p0, 1 - 1e-9), p2At083 = at(0.83, p0, 1 - 1e-9)),
       decrease = list(p2At077 = at(0.77, 1e-9, p0), p2At083 = at(0.83, 1e-9, p0)))
}

result <- list(generatedBy = "scripts/proportion-power-reference.R", rVersion = R.version.string,
               exactPowerBands = lapply(cases, band))
writeLines(to_json(result), out_file)
cat("wrote", out_file, "\n")
