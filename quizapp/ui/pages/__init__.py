"""Passive views: each page renders what it is given and emits what the learner asks for."""
