def register(subcommands):
    pass
