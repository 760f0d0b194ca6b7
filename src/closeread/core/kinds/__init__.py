"""Exercise kinds: one module per kind (mark, choice, short, match, analogy, writing), each a Kind.

A kind holds what differs between kinds: checking, scoring and the feedback of an
answer, and what item analysis, reports, re-scoring, the review queue and the
assessment edition need of it. ``registry.KINDS`` is the one list of kinds. The room sits
above grading's shared machinery (the span rule, normalising, ``grading.result``) and
below the entry points that dispatch to it (``grading.answers``, ``grade``, ``feedback``)
and the rooms that read grades.
"""
