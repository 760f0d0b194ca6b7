"""The teacher's work with a class.

Hand-ins (results files) written and imported, re-scoring, the review queue, item
analysis and the teacher PIN.
"""
