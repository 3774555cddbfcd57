"""Outputs of the knowledge base for other tools: one record shape for facts and candidates (`records`), one
validated filter for every command that chooses them (`filters`), and a writer per format, each neutralising
hostile text for its own consumer (`safety`)."""
