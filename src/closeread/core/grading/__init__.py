"""An answer in, a score and feedback out.

The span rule (``spans``), the grading of every exercise kind (``grade``), the feedback a
student reads, saved answers graded again (``saved``) and which attempt counts.
"""
