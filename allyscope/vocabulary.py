"""The closed vocabularies of facts: event types, domains, modes, levels, obligations, review actions.

Kept in a module of its own, with no imports, so that the command line can offer them as choices without
loading anything else.
"""

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
)  # fmt: skip
DOMAINS = ("political-dialogue", "institutional", "non-traditional-security", "military-exercise", "context")
MODES = ("asserted", "planned", "possible", "hypothetical", "negated")
LEVELS = ("head-of-government", "minister", "chief-of-defence", "official", "none")
ATOP = ("defense", "offense", "neutrality", "non-aggression", "consultation")
COW = ("defense-pact", "neutrality-non-aggression", "entente")
ACTIONS = ("accept", "merge", "edit", "reject")
