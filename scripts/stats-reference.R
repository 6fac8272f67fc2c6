#!/usr/bin/env Rscript
# Reference values for src/lib/stats (the TypeScript statistics module).
#
# Run from the repository root with base R only (no packages needed):
#
#   Rscript scripts/stats-reference.R
#
# It writes tests/fixtures/stats-reference.json, which the table-driven tests
# in tests/unit/stats/ compare against (1e-6 relative agreement). Numbers are
# written with sprintf("%.17g") (full double precision); Inf / -Inf / NaN are
# written as the JSON strings "Infinity" / "-Infinity" / "NaN".
#
# R calls reproduced:
#   rateCI            poisson.test(count, population / per, conf.level = level)
#   rateRatio         poisson.test(c(a, b), c(popA, popB), conf.level = level)
#   poissonTrend      glm(count ~ year + offset(log(population)), family = poisson)
#                     with confint.default(); glm.control(epsilon = 1e-12) and a
#                     refit from the converged coefficients (start = coef(fit)),
#                     so the reference is the converged MLE: R's default 1e-8 stops
#                     IRLS early and its se then differs from the MLE's by ~1e-6.
#   comparePeriods    poisson.test on counts / person-years summed per period
#   differenceInDifferences
#                     interaction term of the saturated Poisson glm
#                     count ~ group * period + offset(log(population)),
#                     with confint.default() (= Wald on the log scale)

out_file <- "tests/fixtures/stats-reference.json"

source("scripts/r/json.R")

# ---- rateCI ----------------------------------------------------------------
rate_cases <- list(
  list(count = 0,      population = 24372),
  list(count = 1,      population = 24372),
  list(count = 2,      population = 24372),
  list(count = 5,      population = 24372),
  list(count = 37,     population = 24372),
  list(count = 1000,   population = 24372),
  list(count = 0,      population = 9995153),
  list(count = 37,     population = 9995153),
  list(count = 1000,   population = 9995153),
  list(count = 250000, population = 9995153),
  list(count = 0,      population = 24372, level = 0.9),
  list(count = 5,      population = 24372, level = 0.9),
  list(count = 37,     population = 24372, level = 0.9),
  list(count = 250000, population = 9995153, level = 0.99),
  list(count = 37,     population = 24372, per = 1000),
  list(count = 12,     population = 4800, per = 10000),
  list(count = 3,      population = 120000),
  list(count = 150,    population = 341208),
  list(count = 0,      population = 341208, level = 0.8),
  list(count = 1,      population = 500, per = 1),
  list(count = 3000,    population = 9995153, level = 0.99),
  list(count = 1568000, population = 10379295)
)
rate_out <- lapply(rate_cases, function(cs) {
  per <- if (is.null(cs[["per"]])) 100000 else cs[["per"]]
  level <- if (is.null(cs[["level"]])) 0.95 else cs[["level"]]
  pt <- poisson.test(cs$count, cs$population / per, conf.level = level)
  list(count = cs$count, population = cs$population, per = per, level = level,
       rate = num(pt$estimate), low = num(pt$conf.int[1]), high = num(pt$conf.int[2]))
})

# ---- rateRatio -------------------------------------------------------------
rr_cases <- list(
  list(a = c(0, 24372),        b = c(5, 24372)),
  list(a = c(5, 24372),        b = c(0, 24372)),
  list(a = c(0, 24372),        b = c(0, 24500)),
  list(a = c(0, 24372),        b = c(1, 24500)),
  list(a = c(1, 24372),        b = c(0, 24500)),
  list(a = c(1, 24372),        b = c(1, 24372)),
  list(a = c(2, 24372),        b = c(7, 24100)),
  list(a = c(1, 24372),        b = c(20, 24100)),
  list(a = c(37, 24372),       b = c(30, 24100)),
  list(a = c(120, 24372),      b = c(60, 24500)),
  list(a = c(100, 10000),      b = c(200, 20000)),
  list(a = c(15, 24372),       b = c(15, 12000)),
  list(a = c(37, 24372),       b = c(1000, 9995153)),
  list(a = c(3, 24372),        b = c(300, 9995153)),
  list(a = c(148, 97488),      b = c(110, 97000)),
  list(a = c(250000, 9995153), b = c(240000, 9900000)),
  list(a = c(2000, 100000),    b = c(1000, 100000)),
  list(a = c(50, 24372),       b = c(40, 24372), level = 0.9),
  list(a = c(10, 24372),       b = c(0, 24372), level = 0.99),
  list(a = c(9, 24372),        b = c(4, 24600), level = 0.8)
)
rr_out <- lapply(rr_cases, function(cs) {
  level <- if (is.null(cs[["level"]])) 0.95 else cs[["level"]]
  pt <- poisson.test(c(cs$a[1], cs$b[1]), c(cs$a[2], cs$b[2]), conf.level = level)
  list(a = list(count = cs$a[1], population = cs$a[2]),
       b = list(count = cs$b[1], population = cs$b[2]),
       level = level,
       ratio = num(pt$estimate), low = num(pt$conf.int[1]), high = num(pt$conf.int[2]),
       p = num(pt$p.value))
})

# ---- poissonTrend ----------------------------------------------------------
trend_cases <- list(
  list(name = "flat", years = 2015:2019,
       counts = c(30, 32, 29, 31, 30), pops = c(24100, 24150, 24200, 24180, 24250)),
  list(name = "rising", years = 2014:2019,
       counts = c(20, 25, 31, 38, 45, 52), pops = c(24000, 24100, 24150, 24300, 24350, 24400)),
  list(name = "falling", years = 2016:2020,
       counts = c(80, 70, 62, 55, 47), pops = c(24400, 24380, 24350, 24372, 24390)),
  list(name = "zero year", years = 2015:2020,
       counts = c(3, 0, 2, 4, 1, 5), pops = c(24100, 24150, 24200, 24180, 24250, 24300)),
  list(name = "small counts", years = 2020:2023,
       counts = c(1, 0, 2, 1), pops = c(4800, 4810, 4790, 4805)),
  list(name = "two years", years = c(2022, 2023),
       counts = c(10, 15), pops = c(24372, 24410)),
  list(name = "Mariestad-size 14 years", years = 2011:2024,
       counts = c(152, 161, 149, 170, 158, 175, 168, 181, 163, 159, 147, 150, 139, 144),
       pops = c(23700, 23750, 23820, 23900, 23980, 24100, 24250, 24372, 24400,
                24450, 24480, 24500, 24470, 24430)),
  list(name = "Mariestad-size 14 years, level 0.9", level = 0.9, years = 2011:2024,
       counts = c(152, 161, 149, 170, 158, 175, 168, 181, 163, 159, 147, 150, 139, 144),
       pops = c(23700, 23750, 23820, 23900, 23980, 24100, 24250, 24372, 24400,
                24450, 24480, 24500, 24470, 24430)),
  list(name = "national, gap year", years = c(2015, 2016, 2018, 2019, 2020),
       counts = c(1510000, 1520000, 1545000, 1555000, 1568000),
       pops = c(9851017, 9995153, 10230185, 10327589, 10379295))
)
trend_out <- lapply(trend_cases, function(cs) {
  level <- if (is.null(cs[["level"]])) 0.95 else cs[["level"]]
  df <- data.frame(year = cs$years, count = cs$counts, population = cs$pops)
  ctl <- glm.control(epsilon = 1e-12, maxit = 100)
  fit <- glm(count ~ year + offset(log(population)), family = poisson, data = df, control = ctl)
  # Refit from the converged coefficients so vcov() uses the weights at the MLE.
  fit <- glm(count ~ year + offset(log(population)), family = poisson, data = df, control = ctl,
             start = coef(fit))
  ci <- confint.default(fit, "year", level = level)
  points <- lapply(seq_along(cs$years), function(i)
    list(year = cs$years[i], count = cs$counts[i], population = cs$pops[i]))
  list(name = cs$name, level = level, points = points,
       slope = num(coef(fit)["year"]), se = num(sqrt(vcov(fit)["year", "year"])),
       annualRatio = num(exp(coef(fit)["year"])),
       low = num(exp(ci[1])), high = num(exp(ci[2])))
})

# ---- comparePeriods ----------------------------------------------------------
series <- lapply(seq_along(trend_cases[[7]]$years), function(i)
  list(year = trend_cases[[7]]$years[i], count = trend_cases[[7]]$counts[i],
       population = trend_cases[[7]]$pops[i]))
cmp_cases <- list(
  list(baselineYears = c(2015, 2017), periodYears = c(2022, 2024)),
  list(baselineYears = c(2011, 2018), periodYears = c(2023, 2024), per = 1000, level = 0.9)
)
cmp_out <- lapply(cmp_cases, function(cs) {
  per <- if (is.null(cs[["per"]])) 100000 else cs[["per"]]
  level <- if (is.null(cs[["level"]])) 0.95 else cs[["level"]]
  sel <- function(r) Filter(function(p) p$year >= r[1] && p$year <= r[2], series)
  tot <- function(ps) c(sum(sapply(ps, `[[`, "count")), sum(sapply(ps, `[[`, "population")))
  b <- tot(sel(cs$baselineYears)); p <- tot(sel(cs$periodYears))
  pb <- poisson.test(b[1], b[2] / per, conf.level = level)
  pp <- poisson.test(p[1], p[2] / per, conf.level = level)
  rr <- poisson.test(c(p[1], b[1]), c(p[2], b[2]), conf.level = level)
  list(baselineYears = cs$baselineYears, periodYears = cs$periodYears, per = per, level = level,
       baseline = list(count = b[1], population = b[2], rate = num(pb$estimate),
                       low = num(pb$conf.int[1]), high = num(pb$conf.int[2])),
       period = list(count = p[1], population = p[2], rate = num(pp$estimate),
                     low = num(pp$conf.int[1]), high = num(pp$conf.int[2])),
       ratio = list(ratio = num(rr$estimate), low = num(rr$conf.int[1]),
                    high = num(rr$conf.int[2]), p = num(rr$p.value)))
})

# ---- differenceInDifferences ---------------------------------------------------
did_cases <- list(
  list(t0 = c(450, 72900), t1 = c(420, 73300), c0 = c(46000, 29900000), c1 = c(47500, 30300000)),
  list(t0 = c(120, 24000), t1 = c(80, 24400),  c0 = c(110, 23800),      c1 = c(105, 23900)),
  list(t0 = c(3, 24000),   t1 = c(7, 24400),   c0 = c(1000, 9995153),   c1 = c(1020, 10100000)),
  list(t0 = c(60, 24000),  t1 = c(30, 24400),  c0 = c(500, 100000),     c1 = c(505, 101000))
)
did_out <- lapply(did_cases, function(cs) {
  df <- data.frame(count = c(cs$t0[1], cs$t1[1], cs$c0[1], cs$c1[1]),
                   population = c(cs$t0[2], cs$t1[2], cs$c0[2], cs$c1[2]),
                   target = c(1, 1, 0, 0), period = c(0, 1, 0, 1))
  fit <- glm(count ~ target * period + offset(log(population)), family = poisson, data = df,
             control = glm.control(epsilon = 1e-12, maxit = 100))
  est <- coef(fit)["target:period"]
  ci <- confint.default(fit, "target:period", level = 0.95)
  pc <- function(v) list(count = v[1], population = v[2])
  list(target = list(baseline = pc(cs$t0), period = pc(cs$t1)),
       comparison = list(baseline = pc(cs$c0), period = pc(cs$c1)),
       ratio = num(exp(est)), low = num(exp(ci[1])), high = num(exp(ci[2])),
       excludesOne = unname(exp(ci[1]) > 1 || exp(ci[2]) < 1))
})

result <- list(
  generatedBy = "scripts/stats-reference.R",
  rVersion = R.version.string,
  rateCI = rate_out,
  rateRatio = rr_out,
  poissonTrend = trend_out,
  comparePeriods = cmp_out,
  differenceInDifferences = did_out
)
writeLines(to_json(result), out_file)
cat("wrote", out_file, "\n")
