"""One module per printed sheet, each with one public ``build_<sheet>(data, theme)``."""
