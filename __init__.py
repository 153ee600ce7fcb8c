"""canbo: a knowledge graph of Vietnamese officials, party and state bodies,
directives and the meetings that tie them together, built from news articles."""

__version__ = "0.1.0"
