# Reproduces HIMAP's research outputs from its exports alone, in R (docs/methodology.md §9).
#
# What it recomputes, each from the CSV exports named, and writes to data/reference/r-vectors/
# (the files the tests compare HIMAP's own exports with, without needing R):
#   alpha.csv      Cronbach's alpha per round, group and dimension with psych::alpha, on the
#                  goalpost scores of `responses` + `codebook`, listwise (§6.1)
#   wilson.csv     the 95 % Wilson score interval of every rate in `rates` (§6.3)
#   bootstrap.csv  the point estimate of every province's bootstrap interval: its published score,
#                  rebuilt from `respondents` + `codebook` (§4, §6.4)
#   beta.csv       the β-convergence regression on `panel`, with lm (§5.5)
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

ids <- c(respondent_id = "character", region_code = "character", province_code = "character")
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
