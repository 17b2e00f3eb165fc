"""JUnit XML for CI test tabs: one test suite per report, one test case per check that ran
(passed checks pass, findings fail), an unreadable report as an errored case."""
from __future__ import annotations

from xml.etree import ElementTree as ET

from .labels import where


def _suite(data: dict) -> ET.Element:
    suite = ET.Element("testsuite", name=f"cekdata: {data['source']}")
    if "error" in data:
        case = ET.SubElement(suite, "testcase", classname="cekdata.read", name=data["source"])
        ET.SubElement(case, "error", message=data["error"], type="unreadable").text = data["error"]
        suite.set("tests", "1"), suite.set("failures", "0"), suite.set("errors", "1")
        return suite
    for passed in data["passed"]:
        ET.SubElement(suite, "testcase", classname=f"cekdata.{passed['rule']}",
                      name=f"{passed['rule']} {passed['table']}")
    for finding in data["findings"]:
        case = ET.SubElement(suite, "testcase", classname=f"cekdata.{finding['rule']}",
                             name=f"{finding['rule']} {where(finding['locations'])} {finding['key']}")
        failure = ET.SubElement(case, "failure", message=finding["message"], type=finding["severity"])
        failure.text = (f"expected: {finding['expected']}\nfound: {finding['found']}\n"
                        f"difference: {finding['difference']}\nwhere: {where(finding['locations'])}\n"
                        f"fingerprint: {finding['fingerprint']}")
    suite.set("tests", str(len(data["passed"]) + len(data["findings"])))
    suite.set("failures", str(len(data["findings"])))
    suite.set("errors", "0")
    return suite


def render(results: list[dict], lang: str) -> str:
    root = ET.Element("testsuites", name="cekdata")
    suites = [_suite(data) for data in results]
    root.extend(suites)
    for total in ("tests", "failures", "errors"):
        root.set(total, str(sum(int(s.get(total)) for s in suites)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
