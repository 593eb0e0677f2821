"""Checks an IATI export beyond the XSD, which types codes as plain strings:
every code against its official codelist file (tests/data/iati-2.03), and the
recipient-country percentages of each activity adding up to 100. Prints what
it read, one JSON object per activity, for the test to check the values; exits
1 naming the first code not in its codelist."""
import json
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal

export, codelists = sys.argv[1], sys.argv[2]


def codes(name):
    tree = ET.parse(f"{codelists}/codelist-{name}.xml")
    return {c.text for c in tree.iter("code")}


checks = {
    "activity-status/@code": ("ActivityStatus", lambda a: [e.get("code") for e in a.iter("activity-status")]),
    "participating-org/@role": ("OrganisationRole", lambda a: [e.get("role") for e in a.iter("participating-org")]),
    "budget/@type": ("BudgetType", lambda a: [e.get("type") for e in a.iter("budget")]),
    "budget/@status": ("BudgetStatus", lambda a: [e.get("status") for e in a.iter("budget")]),
}
out = []
for activity in ET.parse(export).getroot().iter("iati-activity"):
    ident = activity.findtext("iati-identifier")
    for what, (codelist, get) in checks.items():
        allowed = codes(codelist)
        for code in get(activity):
            if code not in allowed:
                sys.exit(f"{ident}: {what} {code!r} is not in codelist {codelist}")
    shares = [Decimal(c.get("percentage")) for c in activity.iter("recipient-country")]
    if shares and sum(shares) != 100:
        sys.exit(f"{ident}: recipient-country percentages add up to {sum(shares)}")
    budget = activity.find("budget/value")
    out.append({
        "id": ident,
        "status": activity.find("activity-status").get("code"),
        "title": activity.findtext("title/narrative"),
        "description": activity.findtext("description/narrative"),
        "orgs": [[e.get("role"), e.findtext("narrative")] for e in activity.iter("participating-org")],
        "dates": {e.get("type"): e.get("iso-date") for e in activity.iter("activity-date")},
        "countries": [c.get("code") for c in activity.iter("recipient-country")],
        "budget": None if budget is None else [budget.text, budget.get("currency")],
    })
print(json.dumps(out, ensure_ascii=False))
