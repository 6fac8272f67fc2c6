# Minimal JSON writer shared by the R reference scripts (full double precision;
# Inf / -Inf / NaN as the JSON strings "Infinity" / "-Infinity" / "NaN").

# ---- minimal JSON writer --------------------------------------------------
json_num <- function(x) {
  if (is.nan(x)) return('"NaN"')
  if (is.infinite(x)) return(if (x > 0) '"Infinity"' else '"-Infinity"')
  sprintf("%.17g", x)
}
to_json <- function(x, indent = "") {
  ind2 <- paste0(indent, "  ")
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) "[]" else "{}")
    if (!is.null(names(x))) {
      items <- vapply(names(x), function(n) {
        paste0(ind2, '"', n, '": ', to_json(x[[n]], ind2))
      }, character(1))
      return(paste0("{\n", paste(items, collapse = ",\n"), "\n", indent, "}"))
    }
    items <- vapply(x, function(el) paste0(ind2, to_json(el, ind2)), character(1))
    return(paste0("[\n", paste(items, collapse = ",\n"), "\n", indent, "]"))
  }
  if (is.character(x)) {
    s <- paste0('"', gsub('"', '\\\\"', x), '"')
    return(if (length(x) == 1) s else paste0("[", paste(s, collapse = ", "), "]"))
  }
  if (is.logical(x)) {
    s <- ifelse(x, "true", "false")
    return(if (length(x) == 1) s else paste0("[", paste(s, collapse = ", "), "]"))
  }
  s <- vapply(as.numeric(x), json_num, character(1))
  if (length(x) == 1) s else paste0("[", paste(s, collapse = ", "), "]")
}
num <- function(x) unname(as.numeric(x))
