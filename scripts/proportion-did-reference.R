#!/usr/bin/env Rscript
# Reference values for src/lib/stats/proportion-did.ts (survey verdicts with a quasi-binomial
# dispersion and a comparison group). Base R only:
#
#   Rscript scripts/proportion-did-reference.R
#
# writes tests/fixtures/proportion-did-reference.json, compared in
# tests/unit/stats/proportion-did.test.ts (1e-6 relative). R calls reproduced:
#   surveyDispersion  summary(glm(cbind(x, n - x) ~ factor(place), quasibinomial))$dispersion
#                     (Pearson chi2 / df) on the effective counts x / deff, n / deff
#   surveyChange      the coefficient of period (own) or place:period (relative) in
#                     glm(cbind(x, n - x) ~ place * period, binomial) on effective counts, its
#                     standard error from summary(fit, dispersion = phi), p = 2 * pt(-|z|, df)
#                     and the interval est +- qt((1 + level) / 2, df) * se

source("scripts/r/json.R")
out_file <- "tests/fixtures/proportion-did-reference.json"
suppressWarnings(library(stats))

# ---- dispersion -----------------------------------------------------------------
disp_cases <- list(
  list(places = list(list(x = c(298, 311, 342, 353), n = c(422, 466, 545, 494), deff = 1),
                     list(x = c(300, 330, 310), n = c(450, 480, 470), deff = 1))),
  list(places = list(list(x = c(84, 70, 91), n = c(140, 126, 154), deff = 1.4),
                     list(x = c(60, 66), n = c(100, 110), deff = 1),
                     list(x = c(20), n = c(50), deff = 1)))
)
disp_out <- lapply(disp_cases, function(cs) {
  d <- do.call(rbind, lapply(seq_along(cs$places), function(i) {
    p <- cs$places[[i]]
    data.frame(place = i, x = p$x / p$deff, n = p$n / p$deff)
  }))
  counts <- table(d$place)
  d <- d[d$place %in% as.integer(names(counts)[counts > 1]), ]
  fit <- suppressWarnings(glm(cbind(x, n - x) ~ factor(place), family = quasibinomial, data = d, control = glm.control(epsilon = 1e-14, maxit = 100)))
  list(places = cs$places, raw = num(summary(fit)$dispersion), df = fit$df.residual)
})

# ---- changes --------------------------------------------------------------------
# own before/after, group before/after (or NULL), deff of own and group, phi, df, level
change_cases <- list(
  list(own = c(298, 422, 311, 466), group = c(620, 900, 700, 980), deffo = 1, deffg = 1, phi = 1, df = Inf, level = 0.95),
  list(own = c(298, 422, 250, 466), group = c(620, 900, 700, 980), deffo = 1, deffg = 1, phi = 2.3, df = 6, level = 0.95),
  list(own = c(84, 140, 60, 154), group = c(300, 450, 310, 470), deffo = 1.4, deffg = 1, phi = 1.7, df = 9, level = 0.9),
  list(own = c(60, 420, 90, 430), group = NULL, deffo = 1, deffg = 1, phi = 1.2, df = 4, level = 0.95)
)
change_out <- lapply(change_cases, function(cs) {
  o <- cs$own / cs$deffo
  if (is.null(cs$group)) {
    d <- data.frame(x = o[c(1, 3)], n = o[c(2, 4)], period = c(0, 1))
    fit <- suppressWarnings(glm(cbind(x, n - x) ~ period, family = binomial, data = d, control = glm.control(epsilon = 1e-14, maxit = 100)))
    term <- "period"
  } else {
    g <- cs$group / cs$deffg
    d <- data.frame(x = c(o[c(1, 3)], g[c(1, 3)]), n = c(o[c(2, 4)], g[c(2, 4)]), period = c(0, 1, 0, 1), place = c(1, 1, 0, 0))
    fit <- suppressWarnings(glm(cbind(x, n - x) ~ place * period, family = binomial, data = d, control = glm.control(epsilon = 1e-14, maxit = 100)))
    term <- "place:period"
  }
  est <- coef(fit)[[term]]
  se <- summary(fit, dispersion = cs$phi)$coefficients[term, "Std. Error"]
  q <- if (is.finite(cs$df)) qt((1 + cs$level) / 2, cs$df) else qnorm((1 + cs$level) / 2)
  p <- if (is.finite(cs$df)) 2 * pt(-abs(est / se), cs$df) else 2 * pnorm(-abs(est / se))
  list(own = cs$own, group = if (is.null(cs$group)) NULL else cs$group, deffo = cs$deffo, deffg = cs$deffg,
       phi = cs$phi, df = num(cs$df), level = cs$level,
       ratio = num(exp(est)), low = num(exp(est - q * se)), high = num(exp(est + q * se)), se = num(se), p = num(p))
})

writeLines(to_json(list(dispersion = disp_out, change = change_out)), out_file)
cat("wrote", out_file, "\n")
