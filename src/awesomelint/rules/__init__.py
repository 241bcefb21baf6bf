"""Built-in rules, one module each; the registry imports every module in this package.

Ids are never reused. Ranges: AL000-AL099 structure and formatting, AL100-AL119 links,
AL120-AL199 awesome conventions, AL200-AL299 paper lists.
"""
