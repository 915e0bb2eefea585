# Reproduces HIMAP's research outputs from its exports alone, in R (docs/methodology.md §9).
#
# What it recomputes, each from the CSV exports named, and writes to data/reference/r-vectors/
# (the files the tests compare HIMAP's own exports with, without needing R):
#   alpha.csv      Cronbach's alpha per round, group and dimension with psych::alpha, on the
#                  goalpost scores of `responses` + `codebook`, listwise (§6.1)
#   wilson.csv     the 95 % Wilson score interval of every rate in `rates` (§6.3)
#   bootstrap.csv  the point estimate of every province's bootstrap interval: its published score,
#                  rebuilt from `respondents` + `codebook` (§4, §6.4)
#   convergence.json  β-convergence (lm of growth on the log initial level) and σ (the population
#                  CV) of the provinces in `panel`, for the pairs of rounds `convergence` fits (§5.1)
#
# Made with R 4.2.2 and psych 2.2.9 (Debian 12: apt-get install r-base-core r-cran-psych) on the
# demo dataset:
#   node bin/himap.js seed-demo --db sqlite:/tmp/r/h.db
#   for y in 2018 2024; do for t in responses codebook respondents rates; do
#     node bin/himap.js export $t --year $y --db sqlite:/tmp/r/h.db --out /tmp/r/$t-$y.csv; done; done
#   node bin/himap.js export panel --db sqlite:/tmp/r/h.db --out /tmp/r/panel.csv
#   Rscript docs/reproduce.R /tmp/r data/reference/r-vectors
suppressPackageStartupMessages(library(psych))

args <- commandArgs(trailingOnly = TRUE)
exports <- if (length(args) >= 1) args[1] else "."
out <- if (length(args) >= 2) args[2] else "data/reference/r-vectors"
years <- c(2018, 2024)
dir.create(out, showWarnings = FALSE, recursive = TRUE)

ids <- c(respondent_id = "character", region_code = "character", province_code = "character", code = "character")
read_export <- function(name, year = NULL) {
  file <- file.path(exports, if (is.null(year)) paste0(name, ".csv") else sprintf("%s-%d.csv", name, year))
  read.csv(file, colClasses = ids[intersect(names(ids), names(read.csv(file, nrows = 1)))],
           stringsAsFactors = FALSE, encoding = "UTF-8")
}
write_vector <- function(frame, name) {
  # 17 significant digits: every double written survives the round trip exactly.
  numeric <- vapply(frame, is.double, logical(1))
  frame[numeric] <- lapply(frame[numeric], function(v) ifelse(is.na(v), NA, sprintf("%.17g", v)))
  write.csv(frame, file.path(out, name), row.names = FALSE, na = "", quote = FALSE)
}

# Goalpost scores (§3.3) of one group's indicators: a respondents × indicators matrix, NA where the
# respondent has no value.
goalpost_scores <- function(responses, codebook, group, indicators) {
  rows <- responses[responses$group == group, ]
  who <- unique(rows$respondent_id)
  sapply(indicators, function(indicator) {
    item <- codebook[codebook$group == group & codebook$indicator == indicator, ]
    these <- rows[rows$indicator == indicator, ]
    x <- these$value[match(who, these$respondent_id)]
    s <- pmin(100, pmax(0, 100 * (x - item$goalpost_lower) / (item$goalpost_upper - item$goalpost_lower)))
    if (item$direction == "negative") 100 - s else s
  })
}

# --- Cronbach's alpha (§6.1) ------------------------------------------------------------------
alpha_rows <- list()
for (year in years) {
  responses <- read_export("responses", year)
  codebook <- read_export("codebook", year)
  for (group in unique(codebook$group)) for (dimension in unique(codebook$dimension)) {
    indicators <- codebook$indicator[codebook$group == group & codebook$dimension == dimension]
    if (length(indicators) < 2) next
    scores <- goalpost_scores(responses, codebook, group, indicators)
    complete <- scores[complete.cases(scores), , drop = FALSE]
    constant <- indicators[apply(complete, 2, var) == 0]
    # psych prints its advice (reverse an item, few categories) on the console: not wanted here.
    invisible(capture.output(fit <- suppressMessages(suppressWarnings(psych::alpha(as.data.frame(complete))))))
    alpha_rows[[length(alpha_rows) + 1]] <- data.frame(
      year = year, group = group, dimension = dimension, alpha = fit$total$raw_alpha,
      items = fit$nvar, units = nrow(complete), dropped = paste(constant, collapse = " "))
  }
}
write_vector(do.call(rbind, alpha_rows), "alpha.csv")

# --- Wilson score intervals (§6.3) ------------------------------------------------------------
# prop.test without continuity correction gives the Wilson (1927) score interval.
wilson_rows <- list()
for (year in years) {
  rates <- read_export("rates", year)
  ci <- t(mapply(function(x, n) if (n > 0) prop.test(x, n, correct = FALSE)$conf.int else c(NA, NA),
                 rates$numerator, rates$denominator))
  wilson_rows[[length(wilson_rows) + 1]] <- data.frame(
    rates[, c("year", "survey", "group", "indicator", "numerator", "denominator")],
    lower = 100 * ci[, 1], upper = 100 * ci[, 2])
}
write_vector(do.call(rbind, wilson_rows), "wilson.csv")

# --- Bootstrap point estimates (§4, §6.4) -----------------------------------------------------
# A province's score is the weighted mean, with the codebook's group weights, of its groups' mean
# scores over their scored respondents; the bootstrap resamples respondents around exactly this.
point_rows <- list()
for (year in years) {
  respondents <- read_export("respondents", year)
  codebook <- read_export("codebook", year)
  weights <- tapply(codebook$group_weight, codebook$group, function(w) w[1])
  scored <- respondents[respondents$flag == "" | is.na(respondents$flag), ]
  for (province in sort(unique(scored$province_code))) for (measure in c("governance", "infrastructure", "application", "composite")) {
    mine <- scored[scored$province_code == province, ]
    means <- tapply(mine[[measure]], mine$group, mean)
    w <- weights[names(means)]
    point_rows[[length(point_rows) + 1]] <- data.frame(
      year = year, province_code = province, measure = measure, estimate = sum(w * means) / sum(w))
  }
}
write_vector(do.call(rbind, point_rows), "bootstrap.csv")

# --- β- and σ-convergence (§5.1) ---------------------------------------------------------------
# Written as JSON by hand (base R has no JSON writer), 17 significant digits.
panel <- read_export("panel")
provinces <- panel[panel$level == "province", ]
rounds <- sort(unique(provinces$year))
dimensions <- c("governance", "infrastructure", "application", "composite")
num <- function(x) if (is.na(x)) "null" else sprintf("%.17g", x)

# The pairs HIMAP's convergence export fits: first round to the last, and each round to the next.
first <- rounds[1]
last <- rounds[length(rounds)]
pairs <- list(c(first, last))
for (k in seq_len(length(rounds) - 1)) pairs[[length(pairs) + 1]] <- rounds[k:(k + 1)]

fits <- character(0)
for (pair in pairs) {
  a <- provinces[provinces$year == pair[1], ]
  b <- provinces[provinces$year == pair[2], ]
  both <- merge(a, b, by = "code", suffixes = c("_0", "_T"))
  span <- pair[2] - pair[1]
  for (d in dimensions) {
    x0 <- both[[paste0(d, "_0")]]
    xT <- both[[paste0(d, "_T")]]
    g <- (log(xT) - log(x0)) / span
    s <- summary(lm(g ~ log(x0)))
    co <- coef(s)
    beta <- co[2, 1]
    speed <- if (beta < 0 && 1 + beta * span > 0) -log(1 + beta * span) / span else NA
    fits <- c(fits, sprintf(
      paste0('    {"year_from": %d, "year_to": %d, "dimension": "%s", "n": %d, "beta": %s, ',
             '"beta_se": %s, "beta_t": %s, "intercept": %s, "intercept_se": %s, "r_squared": %s, "speed": %s}'),
      pair[1], pair[2], d, nrow(both), num(beta), num(co[2, 2]), num(co[2, 3]), num(co[1, 1]),
      num(co[1, 2]), num(s$r.squared), num(speed)))
  }
}

# σ: the population coefficient of variation (sd divides by n − 1; rescaled to n).
sigma <- character(0)
for (y in rounds) {
  for (d in dimensions) {
    x <- provinces[provinces$year == y, d]
    n <- length(x)
    sigma <- c(sigma, sprintf('    {"year": %d, "dimension": "%s", "n": %d, "cv": %s}',
                              y, d, n, num(sd(x) * sqrt((n - 1) / n) / mean(x))))
  }
}

json <- file(file.path(out, "convergence.json"), "w")
cat("{\n", file = json)
cat(sprintf('  "r": "%s",\n', R.version.string), file = json)
cat('  "input": "himap export panel (demo, default method), rows with level province",\n', file = json)
cat('  "beta": [\n', paste(fits, collapse = ",\n"), "\n  ],\n", sep = "", file = json)
cat('  "sigma": [\n', paste(sigma, collapse = ",\n"), "\n  ]\n", sep = "", file = json)
cat("}\n", file = json)
close(json)
