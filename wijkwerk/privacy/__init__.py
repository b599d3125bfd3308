"""The personal-data guard: normalise, detect, explain. Used by every app's free text.

``guard.scan`` is plain Python (no Django); ``forms`` turns findings into Dutch messages, the
"dit is geen persoon" confirmation and the search-box check; ``models`` records confirmations.
"""
