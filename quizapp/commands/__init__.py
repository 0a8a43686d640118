"""Non-GUI sub-commands of the ``quizapp`` command line, one module each.

Each module has ``configure_parser(parser)`` to add its options and ``main(args) -> int``.
"""
