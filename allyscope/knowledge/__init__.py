"""The knowledge base: the shipped case, reviewed facts, review of extracted candidates, entity merges, obligations."""
