#!/usr/bin/env Rscript
# Reference values for the extra-Poisson (quasi-Poisson) statistics in src/lib/stats:
# pearsonDispersion, quasiRateRatio, quasiDifferenceInDifferences, quasiPoissonTrend,
# detectableChange, holmAdjust and quasiRateCI. Base R only:
#
#   Rscript scripts/quasi-reference.R
#
# writes tests/fixtures/quasi-reference.json, compared in tests/unit/stats/quasi.test.ts
# (1e-6 relative). R calls reproduced:
#   pearsonDispersion  summary(glm(count ~ factor(series) * year + offset(log(population)),
#                      family = quasipoisson))$dispersion  (one series: count ~ year + ...)
#   quasiRateRatio     glm(count ~ group + offset(log(population)), quasipoisson) read with
#                      summary(fit, dispersion = phi): coefficient, se, Pr(>|z|)
#   quasiDifferenceInDifferences
#                      saturated glm(count ~ target * period + offset(log(population)),
#                      quasipoisson, weights = 1 / phi) read with summary(fit, dispersion = 1)
#   quasiPoissonTrend  glm(count ~ year + offset(log(population)), quasipoisson):
#                      estimated dispersion, se from summary(), confint.default()
#   detectableChange   exp(+-(qnorm((1 + level) / 2) + qnorm(power)) * se), or qt with df
#   tQuantile          qt(p, df); with df the ratios use qt / 2 * pt(-|z|, df)
#   holmAdjust         p.adjust(p, "holm")
#   relativeTrend      glm(count ~ year + offset(log(population * groupCount / groupPopulation)),
#                      quasipoisson), dispersion floored at 1, normal interval

source("scripts/r/json.R")
out_file <- "tests/fixtures/quasi-reference.json"
ctl <- glm.control(epsilon = 1e-10, maxit = 100)
fit_glm <- function(formula, data, family, weights = NULL) {
  data$w <- if (is.null(weights)) rep(1, nrow(data)) else weights
  f <- glm(formula, family = family, data = data, control = ctl, weights = w)
  glm(formula, family = family, data = data, control = ctl, weights = w, start = coef(f))
}
pts <- function(years, counts, pops) lapply(seq_along(years), function(i)
  list(year = years[i], count = counts[i], population = pops[i]))

# ---- series (also used for the trends) ------------------------------------
series <- list(
  list(name = "Mariestad-size, 7 pre-promise years", years = 2010:2016,
       counts = c(195, 203, 176, 210, 195, 188, 184), pops = c(23700, 23750, 23820, 23900, 23980, 24100, 24250)),
  list(name = "over-dispersed", years = 2010:2016,
       counts = c(309, 384, 354, 290, 420, 318, 350), pops = c(23700, 23750, 23820, 23900, 23980, 24100, 24250)),
  list(name = "under-dispersed", years = 2011:2016,
       counts = c(100, 101, 99, 100, 102, 100), pops = c(24000, 24000, 24000, 24000, 24000, 24000)),
  list(name = "small counts", years = 2012:2016,
       counts = c(3, 0, 5, 2, 4), pops = c(4800, 4810, 4790, 4805, 4820)),
  list(name = "group sum", years = 2010:2016,
       counts = c(2210, 2305, 2150, 2402, 2280, 2351, 2198), pops = c(200000, 200500, 201000, 201800, 202600, 203500, 204100))
)
disp_out <- lapply(series, function(s) {
  df <- data.frame(year = s$years, count = s$counts, population = s$pops)
  fit <- fit_glm(count ~ year + offset(log(population)), df, quasipoisson)
  sm <- summary(fit)
  ci <- confint.default(fit, "year")
  list(name = s$name, points = pts(s$years, s$counts, s$pops),
       dispersion = num(sm$dispersion), df = fit$df.residual,
       slope = num(coef(fit)["year"]), se = num(sm$coefficients["year", "Std. Error"]),
       low = num(exp(ci[1])), high = num(exp(ci[2])))
})
pool_sets <- list(c(1, 2), c(1, 2, 4), c(1, 3, 5))
pool_out <- lapply(pool_sets, function(idx) {
  df <- do.call(rbind, lapply(idx, function(i) data.frame(series = i, year = series[[i]]$years,
    count = series[[i]]$counts, population = series[[i]]$pops)))
  fit <- fit_glm(count ~ factor(series) * year + offset(log(population)), df, quasipoisson)
  list(series = lapply(idx, function(i) pts(series[[i]]$years, series[[i]]$counts, series[[i]]$pops)),
       dispersion = num(summary(fit)$dispersion), df = fit$df.residual)
})

# ---- quasiRateRatio ----------------------------------------------------------
rr_cases <- list(
  list(a = c(182, 24372), b = c(536, 72334), phi = 1),
  list(a = c(182, 24372), b = c(536, 72334), phi = 1.6),
  list(a = c(350, 24372), b = c(1056, 72334), phi = 4.2),
  list(a = c(12, 24372), b = c(45, 72334), phi = 2.5, level = 0.9),
  list(a = c(2300, 205000), b = c(6900, 610000), phi = 17.3),
  list(a = c(182, 24372), b = c(536, 72334), phi = 1.6, df = 5),
  list(a = c(350, 24372), b = c(1056, 72334), phi = 4.2, df = 2, level = 0.9)
)
rr_out <- lapply(rr_cases, function(cs) {
  level <- if (is.null(cs[["level"]])) 0.95 else cs[["level"]]
  df <- data.frame(count = c(cs$b[1], cs$a[1]), population = c(cs$b[2], cs$a[2]), group = c(0, 1))
  fit <- fit_glm(count ~ group + offset(log(population)), df, quasipoisson)
  co <- summary(fit, dispersion = cs$phi)$coefficients
  est <- co["group", "Estimate"]; se <- co["group", "Std. Error"]
  df <- if (is.null(cs[["df"]])) Inf else cs[["df"]]
  # With a finite df: Student's t, as summary.glm does for an estimated dispersion.
  z <- if (is.finite(df)) qt((1 + level) / 2, df) else qnorm((1 + level) / 2)
  p <- if (is.finite(df)) 2 * pt(-abs(est / se), df) else co["group", "Pr(>|z|)"]
  list(a = list(count = cs$a[1], population = cs$a[2]), b = list(count = cs$b[1], population = cs$b[2]),
       phi = cs$phi, level = level, df = df, ratio = num(exp(est)), low = num(exp(est - z * se)),
       high = num(exp(est + z * se)), se = num(se), p = num(p))
})

# ---- quasiDifferenceInDifferences ---------------------------------------------
did_cases <- list(
  list(t0 = c(536, 72334), t1 = c(182, 24372), c0 = c(6900, 610000), c1 = c(2300, 205000), pt = 1.6, pc = 17.3),
  list(t0 = c(1056, 72334), t1 = c(280, 24372), c0 = c(9000, 610000), c1 = c(3050, 205000), pt = 4.2, pc = 1),
  list(t0 = c(30, 72334), t1 = c(12, 24372), c0 = c(300, 610000), c1 = c(90, 205000), pt = 1, pc = 1),
  list(t0 = c(536, 72334), t1 = c(182, 24372), c0 = c(6900, 610000), c1 = c(2300, 205000), pt = 1.6, pc = 17.3,
       dft = 5, dfc = 5),
  list(t0 = c(1056, 72334), t1 = c(280, 24372), c0 = c(9000, 610000), c1 = c(3050, 205000), pt = 4.2, pc = 1,
       dft = 3, dfc = Inf)
)
did_out <- lapply(did_cases, function(cs) {
  df <- data.frame(count = c(cs$t0[1], cs$t1[1], cs$c0[1], cs$c1[1]),
                   population = c(cs$t0[2], cs$t1[2], cs$c0[2], cs$c1[2]),
                   target = c(1, 1, 0, 0), period = c(0, 1, 0, 1))
  fit <- fit_glm(count ~ target * period + offset(log(population)), df, quasipoisson,
                 weights = 1 / c(cs$pt, cs$pt, cs$pc, cs$pc))
  co <- summary(fit, dispersion = 1)$coefficients
  est <- co["target:period", "Estimate"]; se <- co["target:period", "Std. Error"]
  dft <- if (is.null(cs[["dft"]])) Inf else cs$dft
  dfc <- if (is.null(cs[["dfc"]])) Inf else cs$dfc
  # Welch-Satterthwaite df of the two variance terms phi * (1/x0 + 1/x1).
  vt <- cs$pt * (1 / cs$t0[1] + 1 / cs$t1[1]); vc <- cs$pc * (1 / cs$c0[1] + 1 / cs$c1[1])
  df <- (vt + vc)^2 / (vt^2 / dft + vc^2 / dfc)
  z <- if (is.finite(df)) qt(0.975, df) else qnorm(0.975)
  p <- if (is.finite(df)) 2 * pt(-abs(est / se), df) else co["target:period", "Pr(>|z|)"]
  pc <- function(v) list(count = v[1], population = v[2])
  list(target = list(baseline = pc(cs$t0), period = pc(cs$t1)),
       comparison = list(baseline = pc(cs$c0), period = pc(cs$c1)), phiTarget = cs$pt, phiComparison = cs$pc,
       dfTarget = dft, dfComparison = dfc, df = df,
       ratio = num(exp(est)), low = num(exp(est - z * se)), high = num(exp(est + z * se)),
       se = num(se), p = num(p))
})

# ---- detectableChange, holmAdjust ----------------------------------------------
mdc_cases <- list(c(0.05, 0.95, 0.8, Inf), c(0.0906, 0.95, 0.8, Inf), c(0.2, 0.95, 0.9, Inf),
                  c(0.15, 0.9, 0.5, Inf), c(0.0906, 0.95, 0.8, 5), c(0.2, 0.95, 0.8, 12.5))
mdc_out <- lapply(mdc_cases, function(v) {
  k <- if (is.finite(v[4])) qt((1 + v[2]) / 2, v[4]) + qt(v[3], v[4]) else qnorm((1 + v[2]) / 2) + qnorm(v[3])
  list(se = v[1], level = v[2], power = v[3], df = v[4], decrease = 1 - exp(-k * v[1]), increase = exp(k * v[1]) - 1)
})
tq_cases <- list(c(0.975, 1), c(0.975, 5), c(0.8, 5), c(0.2, 7.3), c(0.95, 45), c(0.5, 3), c(0.9999, 2))
tq_out <- lapply(tq_cases, function(v) list(p = v[1], df = v[2], q = qt(v[1], v[2])))
holm_cases <- list(c(0.01, 0.04, 0.03), c(0.5, 0.001, 0.02, 0.04), c(0.2), c(0.03, 0.03, 0.9))
holm_out <- lapply(holm_cases, function(p) list(p = as.list(p), adjusted = as.list(p.adjust(p, "holm"))))

# ---- relativeTrend (pre-trend against the group) --------------------------------
pre_cases <- list(c(1, 5), c(2, 5), c(4, 5))
pre_out <- lapply(pre_cases, function(ix) {
  o <- series[[ix[1]]]; g <- series[[ix[2]]]
  df <- data.frame(year = o$years, count = o$counts, population = o$pops)
  gi <- match(df$year, g$years)
  df$expected <- df$population * g$counts[gi] / g$pops[gi]
  fit <- fit_glm(count ~ year + offset(log(expected)), df[!is.na(gi), ], quasipoisson)
  phi <- max(1, summary(fit)$dispersion)
  se <- summary(fit, dispersion = phi)$coefficients["year", "Std. Error"]
  est <- coef(fit)["year"]
  list(own = pts(o$years, o$counts, o$pops), group = pts(g$years, g$counts, g$pops),
       phi = num(phi), slope = num(est), se = num(se),
       low = num(exp(est - qnorm(0.975) * se)), high = num(exp(est + qnorm(0.975) * se)))
})

# ---- quasiRateCI: the exact Poisson interval widened on the log scale by sqrt(phi) -------
# poisson.test(count, T = population)$conf.int is the exact (Garwood) interval; with phi > 1 each
# end moves away from the estimate by the factor sqrt(phi) on the log scale.
qr_cases <- list(c(195, 24250, 1), c(195, 24250, 2.5), c(12, 4800, 4), c(3144, 1e6, 1.7), c(40, 25000, 9.2), c(0, 25000, 2))
qr_out <- lapply(qr_cases, function(v) {
  ci <- poisson.test(v[1], T = v[2], conf.level = 0.95)$conf.int
  rate <- v[1] / v[2]
  widen <- function(end) if (rate > 0 && end > 0) rate * (end / rate)^sqrt(v[3]) else end * (if (end > 0) sqrt(v[3]) else 1)
  list(count = v[1], population = v[2], phi = v[3], rate = num(rate * 1e5),
       low = num(widen(ci[1]) * 1e5), high = num(if (rate > 0) widen(ci[2]) * 1e5 else ci[2] * sqrt(v[3]) * 1e5))
})

result <- list(generatedBy = "scripts/quasi-reference.R", rVersion = R.version.string, quasiRateCI = qr_out,
  dispersion = disp_out, pooledDispersion = pool_out, quasiRateRatio = rr_out,
  quasiDifferenceInDifferences = did_out, detectableChange = mdc_out, tQuantile = tq_out, holmAdjust = holm_out, relativeTrend = pre_out)
writeLines(to_json(result), out_file)
cat("wrote", out_file, "\n")
