"""Built-in rules, one module each; the registry imports every module in this package.

Ids are never reused. Ranges: AL000-AL099 structure and formatting, AL100-AL119 links,
AL120-AL199 awesome conventions, AL200-AL299 paper lists. ``RESERVED`` ids belong to the engine;
``RETIRED`` ids were used once and must not be given to another rule (configs may still name them).
"""

RESERVED: dict[str, str] = {"AL999": "rule-crashed: the engine's report of a rule that raised"}

# id -> what it was and when it went (ruff's RuleGroup::Removed, markdownlint's deprecated rules)
RETIRED: dict[str, str] = {}
