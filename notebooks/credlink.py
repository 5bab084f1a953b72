"""A small client of CredLink's HTTP API for the notebooks: where the service is, paging, retries.

Configuration from the environment, with defaults for a service started locally
(`CREDLINK_BOOTSTRAP_ADMIN_PASSWORD=change-me-now mvn -q spring-boot:run`):

    CREDLINK_URL       http://localhost:8080
    CREDLINK_USER      admin
    CREDLINK_PASSWORD  change-me-now
    CREDLINK_DATASET   the generated dataset directory whose truth/ holds the ground truth (no default;
                       a relative path is taken from the repository root, since the kernel runs in notebooks/)
    CREDLINK_AS_OF     the day the data describe (the generator's reference date, 2025-06-30)

The notebooks read the graph only through these calls, never from the database.
"""
import csv
import os
import time
from pathlib import Path

import requests

URL = os.environ.get("CREDLINK_URL", "http://localhost:8080").rstrip("/")
USER = os.environ.get("CREDLINK_USER", "admin")
AS_OF = os.environ.get("CREDLINK_AS_OF", "2025-06-30")
DATASET = os.environ.get("CREDLINK_DATASET", "")

_session = requests.Session()
_session.auth = (USER, os.environ.get("CREDLINK_PASSWORD", "change-me-now"))
_session.headers["X-Purpose"] = "analyst notebook"


def _call(method, path, params=None, json=None, timeout=600):
    # a 429 (per-user rate limit) is waited out as the service asks; anything else non-2xx is an error
    for _ in range(20):
        response = _session.request(method, URL + path, params=params, json=json, timeout=timeout)
        if response.status_code != 429:
            break
        time.sleep(float(response.headers.get("Retry-After", "1")))
    if not response.ok:
        raise RuntimeError(f"{method} {path} answered {response.status_code}: {response.text[:500]}")
    return response.json()


def get(path, **params):
    """GET a JSON answer."""
    return _call("GET", path, params=params)


def post(path, body=None, **params):
    """POST a JSON body (or nothing) and return the JSON answer."""
    return _call("POST", path, params=params, json=body)


def get_all(path, size=1000, **params):
    """Every item of a paged list ({items, page, size, total}), page after page."""
    items, page = [], 0
    while True:
        answer = get(path, page=page, size=size, **params)
        items.extend(answer["items"])
        if not answer["items"] or len(items) >= answer["total"]:
            return items
        page += 1


def truth(name="labels.csv"):
    """Rows of a ground-truth file of the generated dataset (CREDLINK_DATASET/truth/NAME) as dicts."""
    if not DATASET:
        raise RuntimeError("set CREDLINK_DATASET to the generated dataset directory (it holds truth/)")
    directory = Path(DATASET)
    if not directory.is_absolute() and not directory.exists():
        directory = Path(__file__).resolve().parent.parent / directory
    with open(directory / "truth" / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def describe():
    """Where the notebook reads from, without credentials or local paths (outputs are committed)."""
    health = requests.get(URL + "/actuator/health", timeout=30).json()
    return f"CredLink {health['status']} as {USER}; data as of {AS_OF}"
