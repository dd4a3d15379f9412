"""Built-in jurisdiction plugins, one package per jurisdiction.

Each registers through the ``medmal`` entry-point group in medmal's pyproject.toml,
exactly as a third-party jurisdiction pack registers its own.
"""
