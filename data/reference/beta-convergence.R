# β- and σ-convergence of the demo's provinces, computed in base R from HIMAP's `panel` export
# alone (docs/methodology.md section 5.1), to check HIMAP's `convergence` export against R's lm.
#
#   npx himap seed-demo --db sqlite:/tmp/demo.db
#   npx himap export panel --db sqlite:/tmp/demo.db --out /tmp/panel.csv
#   Rscript data/reference/beta-convergence.R /tmp/panel.csv > data/reference/beta-convergence.json
#
# Writes JSON by hand (base R has no JSON writer) with 17 significant digits, so every double
# comes back exactly. Read by tests/integration/panel-export.test.ts.

args <- commandArgs(trailingOnly = TRUE)
panel <- read.csv(args[1], colClasses = c(code = "character"))
provinces <- panel[panel$level == "province", ]
years <- sort(unique(provinces$year))
dimensions <- c("governance", "infrastructure", "application", "composite")
num <- function(x) if (is.na(x)) "null" else sprintf("%.17g", x)

# The pairs HIMAP's convergence export fits: first round to the last, and each round to the next.
first <- years[1]
last <- years[length(years)]
pairs <- list(c(first, last))
for (k in seq_len(length(years) - 1)) pairs[[length(pairs) + 1]] <- years[k:(k + 1)]

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
for (y in years) {
  for (d in dimensions) {
    x <- provinces[provinces$year == y, d]
    n <- length(x)
    sigma <- c(sigma, sprintf('    {"year": %d, "dimension": "%s", "n": %d, "cv": %s}',
                              y, d, n, num(sd(x) * sqrt((n - 1) / n) / mean(x))))
  }
}

cat("{\n")
cat(sprintf('  "r": "%s",\n', R.version.string))
cat('  "input": "himap export panel (demo, default method), rows with level province",\n')
cat('  "beta": [\n', paste(fits, collapse = ",\n"), "\n  ],\n", sep = "")
cat('  "sigma": [\n', paste(sigma, collapse = ",\n"), "\n  ]\n", sep = "")
cat("}\n")
