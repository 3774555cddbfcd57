"""Layout repair: from the lines a PDF extractor leaves to a clean body text, notes held apart."""
