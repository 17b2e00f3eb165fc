"""Reporters turn results into text, JSON, Markdown, SARIF, JUnit, GitHub annotations, HTML or
an Excel workbook; all read ``CheckResult.to_dict()`` (or a batch's list of them)."""
from . import github, html, json_report, junit, markdown, sarif, text, xlsx

REPORTERS = {"text": text.render, "json": json_report.render, "markdown": markdown.render,
             "sarif": sarif.render, "junit": junit.render, "github": github.render,
             "html": html.render, "xlsx": xlsx.render}
BINARY = {"xlsx"}     # formats that need --output
