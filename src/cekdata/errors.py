"""Errors a user can act on. The CLI turns them into one line on stderr and exit 2."""


class CekdataError(Exception):
    """Base for the errors cekdata reports without a traceback."""


class InputError(CekdataError):
    """The input cannot be read: missing, a directory, empty, binary, unsupported, undecodable."""


class ConfigError(CekdataError):
    """A rule suite or configuration file is malformed."""


class OutputError(CekdataError):
    """The report cannot be written where asked: a missing or read-only folder, or a file
    this run reads (an input, the configuration, the baseline)."""
