"""The Venn overlap between what the candidate wants and what the job offers, and the goal matrix."""

from careeralign.align.matrix import goal_matrix
from careeralign.align.overlap import align

__all__ = ["align", "goal_matrix"]
