"""Presentation mode: a training's slides on the room's screen, the trainer's view on
the laptop, and the slides as a PDF handout."""
