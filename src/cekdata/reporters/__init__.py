"""Reporters turn results into text, JSON or Markdown; all read ``CheckResult.to_dict()``."""
from . import json_report, markdown, text

REPORTERS = {"text": text.render, "json": json_report.render, "markdown": markdown.render}
