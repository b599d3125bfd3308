"""Reflections are deliberately NOT registered in the Django admin.

A reflection is the author's own learning log; only the author and (once submitted) the
author's team lead may read it, through the app's own pages. The admin is the curators'
tool for the catalogue; registering Reflection, Feedback or ReflectionEvent here, even
read-only, would let staff and superusers page through their content. Support questions
about a reflection are answered by the author, who can export all of their reflections.
"""
