#!/usr/bin/env python3
"""Deterministic benchmark corpus generator for awsjobs.

Writes realistic AWS job-status JSON responses:
  * AWS Data Exchange GetJob      (dataexchange, api 2017-07-25)
  * Amazon SES v2 GetImportJob    (sesv2,        api 2019-09-27)

Usage:  python3 generate.py OUT_DIR [--mixed-mb 20] [--seed N]

Only the Python 3 standard library is used. Output bytes depend only on the
arguments: every random choice comes from random.Random instances seeded with
integers, timestamps are computed with integer arithmetic, dicts are built in
explicit order and JSON text is produced by the custom encoder below (never by
json.dumps). Every document is re-parsed with json.loads and compared with the
value it was generated from before it is written.
"""

import argparse
import base64
import hashlib
import json
import os
import random
import re
import sys
import time
from datetime import datetime, timedelta, timezone

DEFAULT_SEED = 20240917
MIB = 1024 * 1024

# --------------------------------------------------------------------------
# JSON encoder with controllable escaping
# --------------------------------------------------------------------------


class Num(object):
    """A JSON number given as literal text (so we control its exact form)."""

    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return "Num(%s)" % self.text


class Style(object):
    """How one document is serialized.

    escape_slash: write '/' as '\\/'
    non_ascii:    'raw' (UTF-8 bytes), 'escape' (\\uXXXX, surrogate pairs
                  above U+FFFF) or 'mixed' (decided per string)
    hex_upper:    \\u00FC versus \\u00fc
    html_safe:    Gson-like: < > & = ' U+2028 U+2029 written as \\uXXXX
    shuffle_keys: object members in a random order (AWS does not promise one)
    """

    __slots__ = ("escape_slash", "non_ascii", "hex_upper", "html_safe",
                 "shuffle_keys")

    def __init__(self, escape_slash=False, non_ascii="raw", hex_upper=False,
                 html_safe=False, shuffle_keys=False):
        self.escape_slash = escape_slash
        self.non_ascii = non_ascii
        self.hex_upper = hex_upper
        self.html_safe = html_safe
        self.shuffle_keys = shuffle_keys

    def key(self):
        return (self.escape_slash, self.hex_upper, self.html_safe)

    def describe(self):
        parts = []
        if self.escape_slash:
            parts.append("\\/")
        parts.append("non-ASCII " + self.non_ascii)
        if self.hex_upper:
            parts.append("upper hex")
        if self.html_safe:
            parts.append("html-safe")
        if self.shuffle_keys:
            parts.append("shuffled keys")
        return ", ".join(parts)


_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
_TABLES = {}


def _table(style):
    k = style.key()
    t = _TABLES.get(k)
    if t is None:
        fmt = "\\u%04X" if style.hex_upper else "\\u%04x"
        t = {}
        for i in range(0x20):
            t[i] = fmt % i
        t[0x08] = "\\b"
        t[0x09] = "\\t"
        t[0x0A] = "\\n"
        t[0x0C] = "\\f"
        t[0x0D] = "\\r"
        t[0x22] = '\\"'
        t[0x5C] = "\\\\"
        if style.escape_slash:
            t[0x2F] = "\\/"
        if style.html_safe:
            for c in "<>&='\u2028\u2029":
                t[ord(c)] = fmt % ord(c)
        _TABLES[k] = t
    return t


class Encoder(object):
    def __init__(self, style, rng):
        self.style = style
        self.rng = rng
        self.table = _table(style)
        self.fmt = "\\u%04X" if style.hex_upper else "\\u%04x"

    def _esc_char(self, m):
        c = ord(m.group())
        fmt = self.fmt
        if c > 0xFFFF:
            c -= 0x10000
            return fmt % (0xD800 + (c >> 10)) + fmt % (0xDC00 + (c & 0x3FF))
        return fmt % c

    def string(self, s):
        t = s.translate(self.table)
        if not t.isascii():
            mode = self.style.non_ascii
            if mode == "mixed":
                mode = "escape" if self.rng.random() < 0.5 else "raw"
            if mode == "escape":
                t = _NON_ASCII_RE.sub(self._esc_char, t)
        return '"' + t + '"'

    def _items(self, d):
        items = list(d.items())
        if self.style.shuffle_keys:
            self.rng.shuffle(items)
        return items

    def compact(self, v, out):
        if isinstance(v, str):
            out.append(self.string(v))
        elif isinstance(v, dict):
            out.append("{")
            first = True
            for k, x in self._items(v):
                if not first:
                    out.append(",")
                first = False
                out.append(self.string(k))
                out.append(":")
                self.compact(x, out)
            out.append("}")
        elif isinstance(v, list):
            out.append("[")
            first = True
            for x in v:
                if not first:
                    out.append(",")
                first = False
                self.compact(x, out)
            out.append("]")
        elif isinstance(v, Num):
            out.append(v.text)
        elif v is True:
            out.append("true")
        elif v is False:
            out.append("false")
        elif v is None:
            out.append("null")
        elif isinstance(v, int):
            out.append(str(v))
        else:
            raise TypeError("unsupported value %r" % (v,))

    def pretty(self, v, out, level=0, indent="    "):
        if isinstance(v, dict):
            if not v:
                out.append("{}")
                return
            pad = indent * (level + 1)
            out.append("{\n")
            first = True
            for k, x in self._items(v):
                if not first:
                    out.append(",\n")
                first = False
                out.append(pad)
                out.append(self.string(k))
                out.append(": ")
                self.pretty(x, out, level + 1, indent)
            out.append("\n" + indent * level + "}")
        elif isinstance(v, list):
            if not v:
                out.append("[]")
                return
            pad = indent * (level + 1)
            out.append("[\n")
            first = True
            for x in v:
                if not first:
                    out.append(",\n")
                first = False
                out.append(pad)
                self.pretty(x, out, level + 1, indent)
            out.append("\n" + indent * level + "]")
        else:
            self.compact(v, out)

    def encode(self, v, pretty):
        out = []
        if pretty:
            self.pretty(v, out)
        else:
            self.compact(v, out)
        return "".join(out)


def to_plain(v):
    """The value json.loads must produce for the encoded form of v."""
    if isinstance(v, dict):
        return {k: to_plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [to_plain(x) for x in v]
    if isinstance(v, Num):
        return json.loads(v.text)
    return v


def check_document(text, value):
    parsed = json.loads(text)
    if parsed != to_plain(value):
        raise AssertionError("round trip mismatch:\n" + text[:2000])
    text.encode("utf-8")  # strict: fails on lone surrogates


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

JOB_TYPES = [
    "IMPORT_ASSETS_FROM_S3",
    "IMPORT_ASSET_FROM_SIGNED_URL",
    "EXPORT_ASSETS_TO_S3",
    "EXPORT_ASSET_TO_SIGNED_URL",
    "EXPORT_REVISIONS_TO_S3",
    "IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES",
    "IMPORT_ASSET_FROM_API_GATEWAY_API",
    "CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET",
    "IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY",
]

TYPE_TO_DETAIL = {
    "IMPORT_ASSETS_FROM_S3": "ImportAssetsFromS3",
    "IMPORT_ASSET_FROM_SIGNED_URL": "ImportAssetFromSignedUrl",
    "EXPORT_ASSETS_TO_S3": "ExportAssetsToS3",
    "EXPORT_ASSET_TO_SIGNED_URL": "ExportAssetToSignedUrl",
    "EXPORT_REVISIONS_TO_S3": "ExportRevisionsToS3",
    "IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES":
        "ImportAssetsFromRedshiftDataShares",
    "IMPORT_ASSET_FROM_API_GATEWAY_API": "ImportAssetFromApiGatewayApi",
    "CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET": "CreateS3DataAccessFromS3Bucket",
    "IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY":
        "ImportAssetsFromLakeFormationTagPolicy",
}

# (value, weight)
STATES = [("COMPLETED", 44), ("ERROR", 16), ("IN_PROGRESS", 12),
          ("WAITING", 12), ("CANCELLED", 8), ("TIMED_OUT", 8)]
JOB_STATUSES = [("COMPLETED", 50), ("PROCESSING", 15), ("CREATED", 12),
                ("FAILED", 15), ("CANCELLED", 8)]
ERROR_CODES = [
    "ACCESS_DENIED_EXCEPTION", "INTERNAL_SERVER_EXCEPTION", "MALWARE_DETECTED",
    "RESOURCE_NOT_FOUND_EXCEPTION", "SERVICE_QUOTA_EXCEEDED_EXCEPTION",
    "VALIDATION_EXCEPTION", "MALWARE_SCAN_ENCRYPTED_FILE",
]
LIMIT_NAMES = [
    "Assets per revision", "Asset size in GB",
    "Amazon Redshift datashare assets per revision",
    "AWS Lake Formation data permission assets per revision",
    "Amazon S3 data access assets per revision",
]
# LimitValue is a double: several textual forms of the same kind of number
LIMIT_VALUES = {
    "Assets per revision": [("10000.0", 6), ("10000", 2), ("1.0E4", 1)],
    "Asset size in GB": [("100.0", 4), ("10.0", 2), ("5.0", 2), ("2.5", 1),
                         ("1.0E3", 1)],
    "Amazon Redshift datashare assets per revision": [("100.0", 3),
                                                      ("100", 1)],
    "AWS Lake Formation data permission assets per revision": [("1000.0", 3),
                                                               ("1.0e3", 1)],
    "Amazon S3 data access assets per revision": [("5.0", 3), ("5", 1),
                                                  ("50.0", 1)],
}
TYPE_LIMITS = {
    "IMPORT_ASSETS_FROM_S3": ["Assets per revision", "Asset size in GB"],
    "IMPORT_ASSET_FROM_SIGNED_URL": ["Asset size in GB", "Assets per revision"],
    "EXPORT_ASSETS_TO_S3": ["Asset size in GB"],
    "EXPORT_ASSET_TO_SIGNED_URL": ["Asset size in GB"],
    "EXPORT_REVISIONS_TO_S3": ["Assets per revision"],
    "IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES":
        ["Amazon Redshift datashare assets per revision"],
    "IMPORT_ASSET_FROM_API_GATEWAY_API": ["Assets per revision"],
    "CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET":
        ["Amazon S3 data access assets per revision"],
    "IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY":
        ["AWS Lake Formation data permission assets per revision"],
}
RESOURCE_TYPES = ["REVISION", "ASSET", "DATA_SET"]

ACCOUNTS = [("123456789012", 10), ("111122223333", 3), ("444455556666", 2),
            ("210987654321", 1), ("098765432109", 1)]
REGIONS = [("us-east-1", 10), ("us-east-2", 3), ("us-west-2", 4),
           ("eu-west-1", 3), ("eu-central-1", 2), ("eu-west-2", 1),
           ("ap-northeast-1", 1), ("ap-southeast-2", 1)]

BUCKET_ORGS = ["acme", "example-corp", "anycompany", "octank", "doc-example",
               "contoso-analytics", "globex", "initech", "umbrella-research",
               "northwind"]
BUCKET_PURPOSES = ["data-exports", "adx-source", "datalake-prod", "marketdata",
                   "raw-ingest", "provider-assets", "subscriber-exports",
                   "weather-feeds", "geo-tiles", "adx-deliveries"]
SPECIAL_BUCKETS = ["DOC-EXAMPLE-BUCKET", "data.example.com",
                   "amzn-s3-demo-bucket", "my.company.exports.eu"]

KEY_PREFIXES = ["raw", "curated", "exports", "reports", "data",
                "landing/vendor-feed", "weather/daily", "equities/eod",
                "geo/tiles/v2", "claims/processed", "adx-deliveries/subscriber",
                "sales/emea", "warehouse/snapshots", "ml/features"]
CITIES = ["Zürich", "São Paulo", "Montréal", "Kraków", "München",
          "Düsseldorf", "Málaga", "Reykjavík", "東京", "서울", "Αθήνα",
          "Москва", "İstanbul", "Łódź", "Genève", "Ålesund"]
PLAIN_FILES = ["prices", "trades", "quotes", "observations", "forecast",
               "customers", "orders", "inventory", "holdings", "ratings",
               "census_tracts", "daily_summary", "transactions", "events",
               "sensor_readings", "index_constituents", "fx_rates"]
EXTENSIONS = [".csv", ".csv.gz", ".json", ".jsonl.gz", ".parquet",
              ".snappy.parquet", ".txt", ".xlsx", ".zip", ".orc", ".avro",
              ".geojson", ".pdf"]
FANCY_FILES = ["Q3 2023 summary.csv", "Final Report (v2).pdf",
               "O'Brien & Sons - invoices.xlsx", "é.csv",
               "naïve-bayes results.json", "prix €.csv", "📊 metrics.json",
               "🌍 global coverage.geojson", "data ✓ validated.csv",
               "Übersicht_2024.xlsx", "売上データ.csv", "résumé #3.txt",
               "price list [draft].csv", "a+b=c.txt", "50% sample.parquet",
               "Ärzte-Verzeichnis.csv", "naïve café menu.pdf",
               "годовой отчёт.pdf", "𝔡𝔞𝔱𝔞.json", "reading <raw>.txt"]

DATASHARE_NAMES = ["tickit_datashare", "sales_share_2024", "market_data_eod",
                   "weather_hourly_share", "claims_curated", "retail_pos",
                   "sec_filings_share", "geo_poi_share"]
API_NAMES = ["WeatherForecastAPI", "Equity Prices API", "Geocoding Service",
             "Café Locator API", "FX-Rates", "Company Fundamentals v2",
             "Flight Status API", "ESG Scores", "Real-time Traffic 🚗 API",
             "Zoning & Permits API"]
API_DESCRIPTIONS = [
    "Provides 7-day weather forecasts for 10,000+ locations.",
    "End-of-day and intraday equity prices for NYSE, NASDAQ & LSE.",
    "Forward and reverse geocoding. Rate limit: 50 req/s.",
    "Finds cafés near a point — results in GeoJSON.",
    "Daily FX reference rates (ECB) for 160 currency pairs.",
    "Fundamentals: income statement, balance sheet, \"cash flow\" items.",
    "Flight status by IATA code.\nUpdated every 60 seconds.",
    "ESG scores ≥ 0 and ≤ 100 for 8,000 issuers 🌱",
    "Traffic incidents in Zürich, Genève and Basel.",
    "Municipal zoning data <beta>; see /docs for the schema.",
]
STAGES = ["prod", "v1", "v2", "beta", "live", "dev", "2024-01", "production"]
KEY_PATTERNS = [
    "${Revision.CreatedAt}/${Asset.Name}",
    "${Revision.Id}/${Asset.Name}",
    "exports/${Revision.CreatedAt.Year}/${Revision.CreatedAt.Month}/"
    "${Revision.CreatedAt.Day}/${Asset.Name}",
    "${Asset.Id}-${Asset.Name}",
    "adx/${DataSet.Name}/${Revision.Id}/${Asset.Name}",
    "${Revision.CreatedAt.Year}/${Asset.Name}",
    "données/${Revision.Id}/${Asset.Name}",
]
ROLE_NAMES = ["AWSDataExchangeLakeFormationRole",
              "service-role/DataExchangeLFAccess", "ADX-LF-Provider-Role",
              "DataExchange_LakeFormation_Grants",
              "team-analytics/adx-lf-tag-import"]
LF_TAGS = [
    ("classification", ["public", "internal", "confidential", "restricted"]),
    ("department", ["finance", "marketing", "research", "hr", "ops"]),
    ("domain", ["equities", "fixed-income", "weather", "retail", "health"]),
    ("region", ["us", "eu", "apac", "latam", "Zürich", "São Paulo"]),
    ("sensitivity", ["PII", "non-PII", "PHI"]),
    ("data_owner", ["team-a", "team-b", "data-platform", "José García"]),
    ("retention", ["30d", "1y", "7y", "forever"]),
    ("project", ["atlas", "borealis", "cygnus", "δ-delta"]),
]
TAG_KEYS = [("project", ["atlas", "borealis", "cygnus", "market-data"]),
            ("cost-center", ["CC-1001", "CC-2040", "CC-7777"]),
            ("owner", ["data-team@example.com", "jane.roe@example.com",
                       "Jörg Müller"]),
            ("environment", ["prod", "staging", "dev"]),
            ("aws:cloudformation:stack-name", ["adx-publisher-stack"]),
            ("Name", ["Daily prices", "Weather 🌦 feed", "Q3 \"final\""]),
            ("classification", ["public", "confidential"]),
            ("product", ["Global Equities EOD", "Weather Observations"])]
CONTACT_LISTS = ["Newsletter-Subscribers", "product-updates",
                 "EU_Customers_2024", "beta-testers", "Clientes-España",
                 "Événements", "weekly-digest", "VIP 🌟 list"]
SES_FILES = ["suppression-list.csv", "bounces-2024-03.csv",
             "contacts/import.json", "imports/unsubscribes.csv",
             "contacts/Événements/liste.csv", "uploads/2024/05/contacts.json",
             "ses/suppression/complaints_export.csv"]
SES_ERRORS = [
    "Failed to read the data source s3://{b}/{k}: Access Denied",
    "The data source file is not valid {fmt}.\nLine 1: expected header "
    "\"EMAIL,REASON\"",
    "Import job failed: the file exceeds the maximum size of 1 GB.",
    "Failed to import 3 records: invalid email address \"jörg@ex ample.com\"",
    "Internal failure. Please retry the import job.",
    "The contact list \"{cl}\" does not exist.",
    "S3 object s3://{b}/{k} is encrypted with a KMS key that SES cannot "
    "use.\n\tGrant kms:Decrypt to ses.amazonaws.com.",
]

CRED_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
URL_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                     b"0123456789-._~")

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
ADX_START_MS = 1573603200000   # 2019-11-13
SES_START_MS = 1593561600000   # 2020-07-01
END_MS = 1751241600000         # 2025-06-30


def pct_encode(s, safe="/"):
    """RFC 3986 percent-encoding of UTF-8 (own code: fixed across versions)."""
    keep = URL_SAFE | frozenset(safe.encode("ascii"))
    out = []
    for b in s.encode("utf-8"):
        if b in keep:
            out.append(chr(b))
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def _dt(ms):
    return EPOCH + timedelta(milliseconds=ms)


def iso_ms(ms):
    d = _dt(ms)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        d.year, d.month, d.day, d.hour, d.minute, d.second, ms % 1000)


def amz_date(ms):
    d = _dt(ms)
    return "%04d%02d%02dT%02d%02d%02dZ" % (d.year, d.month, d.day, d.hour,
                                           d.minute, d.second)


def epoch_num(ms, form):
    """SES timestamp: epoch seconds as a JSON number, up to 3 fraction digits.

    form 'repr' mimics Python's float repr (the CLI v1 sample), 'fixed3'
    always has 3 digits, 'int' drops the fraction.
    """
    sec, frac = divmod(ms, 1000)
    if form == "int":
        return Num("%d" % sec)
    if form == "fixed3":
        return Num("%d.%03d" % (sec, frac))
    t = ("%03d" % frac).rstrip("0")
    return Num("%d.%s" % (sec, t or "0"))


# --------------------------------------------------------------------------
# Random helpers
# --------------------------------------------------------------------------


class Gen(object):
    def __init__(self, rng, full=False):
        self.r = rng
        self.full = full  # populate every optional member
        self.fancy = 1.0  # scales the odds of unusual file names

    # basic draws --------------------------------------------------------
    def chance(self, p):
        """True with probability p; always True in full mode."""
        if self.full:
            return True
        return self.r.random() < p

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def wpick(self, pairs):
        total = 0
        for _, w in pairs:
            total += w
        x = self.r.randrange(total)
        for v, w in pairs:
            if x < w:
                return v
            x -= w
        raise AssertionError

    def heavy(self, cap, lo=1, alpha=1.15):
        """Pareto-like count: mostly 1-5, sometimes hundreds, capped."""
        u = 1.0 - self.r.random()
        n = int(u ** (-1.0 / alpha))
        if n < lo:
            n = lo
        return cap if n > cap else n

    def chars(self, alphabet, n):
        r = self.r
        return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))

    # identifiers --------------------------------------------------------
    def hexid(self):
        if self.r.random() < 0.02:
            # the documentation style: 32 chars, mixed case
            h = "%032x" % self.r.getrandbits(128)
            return h[:2] + "EXAMPLE" + h[9:23] + "EXAMPLE" + h[30:]
        return "%032x" % self.r.getrandbits(128)

    def uuid4(self):
        h = "%032x" % self.r.getrandbits(128)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16],
                                      "89ab"[self.r.randrange(4)], h[17:20],
                                      h[20:])

    def md5_b64(self):
        return base64.b64encode(
            self.r.getrandbits(128).to_bytes(16, "big")).decode("ascii")

    def sig_hex(self):
        return "%064x" % self.r.getrandbits(256)

    def account(self):
        return self.wpick(ACCOUNTS)

    def region(self):
        return self.wpick(REGIONS)

    # S3 -----------------------------------------------------------------
    def bucket(self):
        x = self.r.random()
        if x < 0.06:
            return self.pick(SPECIAL_BUCKETS)
        b = self.pick(BUCKET_ORGS) + "-" + self.pick(BUCKET_PURPOSES)
        if x < 0.30:
            b += "-" + self.region()
        elif x < 0.45:
            b += "-" + self.account()
        return b

    def date_parts(self):
        ms = self.r.randrange(ADX_START_MS, END_MS)
        d = _dt(ms)
        return d.year, d.month, d.day

    def file_name(self, fancy_p=0.12):
        if self.r.random() < fancy_p * self.fancy:
            return self.pick(FANCY_FILES)
        name = self.pick(PLAIN_FILES)
        if self.r.random() < 0.4:
            y, m, d = self.date_parts()
            name += "_%04d-%02d-%02d" % (y, m, d)
        return name + self.pick(EXTENSIONS)

    def s3_key(self, fancy_p=0.12):
        r = self.r
        form = r.randrange(6)
        prefix = self.pick(KEY_PREFIXES)
        y, m, d = self.date_parts()
        if form == 0:
            return "%s/%04d/%02d/%02d/%s" % (prefix, y, m, d,
                                             self.file_name(fancy_p))
        if form == 1:
            return ("%s/year=%04d/month=%02d/day=%02d/part-%05d-%s-c000"
                    ".snappy.parquet" % (prefix, y, m, d, r.randrange(200),
                                         self.uuid4()))
        if form == 2 and r.random() < fancy_p * 3 * self.fancy:
            return "%s/%s/%s" % (prefix, self.pick(CITIES),
                                 self.file_name(fancy_p))
        if form == 3:
            return self.file_name(fancy_p)
        if form == 4:
            return "%s/%s/%s" % (prefix, self.hexid()[:8],
                                 self.file_name(fancy_p))
        return "%s/%s" % (prefix, self.file_name(fancy_p))

    def key_prefix(self):
        r = self.r
        prefix = self.pick(KEY_PREFIXES)
        x = r.random()
        if x < 0.4:
            y, m, _ = self.date_parts()
            return "%s/%04d/%02d/" % (prefix, y, m)
        if x < 0.5:
            return "%s/%s/" % (prefix, self.pick(CITIES))
        if x < 0.6:
            return prefix
        return prefix + "/"

    def akid(self):
        return self.pick(["ASIA", "ASIA", "AKIA"]) + self.chars(CRED_ALPHABET,
                                                                16)

    def session_token(self):
        n = 300 + self.r.randrange(400)
        raw = self.r.getrandbits(n * 8).to_bytes(n, "big")
        return "IQoJb3JpZ2luX2Vj" + base64.b64encode(raw).decode("ascii")

    def presigned(self, host_bucket, region, key, sign_ms, expires_s,
                  content_md5=False, virtual_host=True):
        path = pct_encode(key)
        if virtual_host:
            base = "https://%s.s3.%s.amazonaws.com/%s" % (host_bucket, region,
                                                          path)
        else:
            base = "https://s3.%s.amazonaws.com/%s/%s" % (region, host_bucket,
                                                          path)
        d = _dt(sign_ms)
        cred = "%s/%04d%02d%02d/%s/s3/aws4_request" % (
            self.akid(), d.year, d.month, d.day, region)
        q = [("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
             ("X-Amz-Credential", pct_encode(cred, safe="")),
             ("X-Amz-Date", amz_date(sign_ms)),
             ("X-Amz-Expires", str(expires_s))]
        if self.r.random() < 0.5:
            q.append(("X-Amz-Security-Token",
                      pct_encode(self.session_token(), safe="")))
        q.append(("X-Amz-SignedHeaders",
                  "content-md5%3Bhost" if content_md5 else "host"))
        q.append(("X-Amz-Signature", self.sig_hex()))
        return base + "?" + "&".join(k + "=" + v for k, v in q)

    # misc ARNs ----------------------------------------------------------
    def kms_arn(self, region, acct):
        if self.r.random() < 0.2:
            return "arn:aws:kms:%s:%s:key/mrk-%032x" % (
                region, acct, self.r.getrandbits(128))
        return "arn:aws:kms:%s:%s:key/%s" % (region, acct, self.uuid4())

    def datashare_arn(self, region, acct):
        return "arn:aws:redshift:%s:%s:datashare:%s/%s" % (
            region, acct, self.uuid4(), self.pick(DATASHARE_NAMES))


# --------------------------------------------------------------------------
# GetJob (dataexchange)
# --------------------------------------------------------------------------


class JobCtx(object):
    __slots__ = ("acct", "region", "created", "updated", "state", "jtype",
                 "data_set", "revision")


def build_details(g, ctx, sizes):
    """ResponseDetails member for ctx.jtype.

    sizes: dict of list-length overrides (None = heavy-tailed draw)."""
    r = g.r
    t = ctx.jtype
    ds, rev = ctx.data_set, ctx.revision

    def n(name, cap):
        v = sizes.get(name)
        return g.heavy(cap) if v is None else v

    if t == "IMPORT_ASSETS_FROM_S3":
        src_bucket = g.bucket()
        sources = []
        for _ in range(n("AssetSources", 500)):
            if r.random() < 0.15:
                src_bucket = g.bucket()
            sources.append({"Bucket": src_bucket, "Key": g.s3_key()})
        return {"AssetSources": sources, "DataSetId": ds, "RevisionId": rev}

    if t == "IMPORT_ASSET_FROM_SIGNED_URL":
        name = g.file_name(0.2)
        d = {"AssetName": name, "DataSetId": ds}
        if g.chance(0.8):
            d["Md5Hash"] = g.md5_b64()
        d["RevisionId"] = rev
        if g.chance(0.9):
            sign = ctx.created + 40 + r.randrange(900)
            exp = 86400 if r.random() < 0.7 else 3600
            d["SignedUrl"] = g.presigned(
                "prod-%s-dataexchange-asset-uploads" % ctx.region, ctx.region,
                "%s/%s/%s" % (ds, rev, name), sign, exp, content_md5=True)
            d["SignedUrlExpiresAt"] = iso_ms(sign + exp * 1000)
        return d

    if t == "EXPORT_ASSETS_TO_S3":
        dest_bucket = g.bucket()
        dests = []
        for _ in range(n("AssetDestinations", 500)):
            e = {"AssetId": g.hexid(), "Bucket": dest_bucket}
            if g.chance(0.85):
                e["Key"] = g.s3_key()
            dests.append(e)
        d = {"AssetDestinations": dests, "DataSetId": ds}
        if g.chance(0.5):
            d["Encryption"] = encryption(g, ctx)
        d["RevisionId"] = rev
        return d

    if t == "EXPORT_ASSET_TO_SIGNED_URL":
        asset = g.hexid()
        d = {"AssetId": asset, "DataSetId": ds, "RevisionId": rev}
        if g.chance(0.9):
            sign = ctx.created + 40 + r.randrange(900)
            exp = 86400 if r.random() < 0.6 else 600
            d["SignedUrl"] = g.presigned(
                "prod-%s-dataexchange-asset-exports" % ctx.region, ctx.region,
                "%s/%s/%s/%s" % (ds, rev, asset, g.file_name(0.2)), sign, exp,
                virtual_host=r.random() < 0.8)
            d["SignedUrlExpiresAt"] = iso_ms(sign + exp * 1000)
        return d

    if t == "EXPORT_REVISIONS_TO_S3":
        dests = []
        dest_bucket = g.bucket()
        for i in range(n("RevisionDestinations", 500)):
            e = {"Bucket": dest_bucket}
            if g.chance(0.8):
                e["KeyPattern"] = g.pick(KEY_PATTERNS)
            e["RevisionId"] = rev if i == 0 else g.hexid()
            dests.append(e)
        d = {"DataSetId": ds}
        if g.chance(0.5):
            d["Encryption"] = encryption(g, ctx)
        d["RevisionDestinations"] = dests
        if g.chance(0.3):
            d["EventActionArn"] = "arn:aws:dataexchange:%s:%s:event-actions/%s" \
                % (ctx.region, ctx.acct, g.hexid())
        return d

    if t == "IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES":
        sources = [{"DataShareArn": g.datashare_arn(ctx.region, g.account())}
                   for _ in range(n("DataShareSources", 200))]
        return {"AssetSources": sources, "DataSetId": ds, "RevisionId": rev}

    if t == "IMPORT_ASSET_FROM_API_GATEWAY_API":
        api_id = g.chars(LOWER_ALNUM, 10)
        d = {}
        if g.chance(0.6):
            d["ApiDescription"] = g.pick(API_DESCRIPTIONS)
        d["ApiId"] = api_id
        if g.chance(0.5):
            d["ApiKey"] = g.chars(ALNUM, 40)
        d["ApiName"] = g.pick(API_NAMES)
        d["ApiSpecificationMd5Hash"] = g.md5_b64()
        sign = ctx.created + 30 + r.randrange(600)
        exp = 3600 if r.random() < 0.7 else 86400
        d["ApiSpecificationUploadUrl"] = g.presigned(
            "prod-%s-dataexchange-api-specs" % ctx.region, ctx.region,
            "%s/%s/%s/openapi.json" % (ds, rev, api_id), sign, exp,
            content_md5=True)
        d["ApiSpecificationUploadUrlExpiresAt"] = iso_ms(sign + exp * 1000)
        d["DataSetId"] = ds
        d["ProtocolType"] = "REST"
        d["RevisionId"] = rev
        d["Stage"] = g.pick(STAGES)
        return d

    if t == "CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET":
        src = {"Bucket": g.bucket()}
        want_prefixes = g.chance(0.6)
        want_keys = g.chance(0.5)
        if not (want_prefixes or want_keys):
            want_prefixes = True
        if want_prefixes:
            src["KeyPrefixes"] = [g.key_prefix()
                                  for _ in range(n("KeyPrefixes", 500))]
        if want_keys:
            src["Keys"] = [g.s3_key() for _ in range(n("Keys", 500))]
        if g.chance(0.4):
            src["KmsKeysToGrant"] = [
                {"KmsKeyArn": g.kms_arn(ctx.region, g.account())}
                for _ in range(n("KmsKeysToGrant", 10))]
        return {"AssetSource": src, "DataSetId": ds, "RevisionId": rev}

    if t == "IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY":
        d = {"CatalogId": ctx.acct}
        want_db = g.chance(0.7)
        want_tbl = g.chance(0.7)
        if not (want_db or want_tbl):
            want_tbl = True
        if want_db:
            d["Database"] = {"Expression": lf_expression(g, sizes),
                             "Permissions": ["DESCRIBE"]}
        if want_tbl:
            perms = g.pick([["DESCRIBE", "SELECT"], ["SELECT"],
                            ["DESCRIBE"], ["SELECT", "DESCRIBE"]])
            if g.full:
                perms = ["DESCRIBE", "SELECT"]
            d["Table"] = {"Expression": lf_expression(g, sizes),
                          "Permissions": perms}
        d["RoleArn"] = "arn:aws:iam::%s:role/%s" % (ctx.acct,
                                                    g.pick(ROLE_NAMES))
        d["DataSetId"] = ds
        d["RevisionId"] = rev
        return d

    raise ValueError(t)


def encryption(g, ctx):
    if g.full or g.r.random() < 0.6:
        return {"KmsKeyArn": g.kms_arn(ctx.region, ctx.acct), "Type": "aws:kms"}
    return {"Type": "AES256"}


def lf_expression(g, sizes):
    count = sizes.get("LFTags")
    if count is None:
        count = g.heavy(8)
    pool = list(range(len(LF_TAGS)))
    g.r.shuffle(pool)
    expr = []
    for i in pool[:count]:
        key, values = LF_TAGS[i]
        k = sizes.get("TagValues")
        if k is None:
            k = g.heavy(len(values))
        vals = list(values)
        g.r.shuffle(vals)
        expr.append({"TagKey": key, "TagValues": vals[:k]})
    return expr


def error_message(g, ctx, code, limit_name, limit_text, key, bucket, name):
    r = g.r
    limit_human = "%g" % float(limit_text)
    if code == "ACCESS_DENIED_EXCEPTION":
        return g.pick([
            'Access Denied: dataexchange.amazonaws.com is not authorized to '
            'perform s3:GetObject on "arn:aws:s3:::%s/%s".' % (bucket, key),
            "User: arn:aws:sts::%s:assumed-role/%s/%s is not authorized to "
            'perform: s3:PutObject on resource: "arn:aws:s3:::%s/%s"\n'
            "because no resource-based policy allows the s3:PutObject action"
            % (ctx.acct, g.pick(ROLE_NAMES), g.chars(ALNUM, 12), bucket, key),
            "Access to bucket %s was denied (403 Forbidden).\n"
            "Check that the bucket policy grants the \"s3:GetObject\" and "
            "\"s3:GetObjectVersion\" permissions." % bucket,
        ])
    if code == "INTERNAL_SERVER_EXCEPTION":
        return ("An internal error occurred while processing the job. Retry "
                "the request.\nRequestId: %s" % g.uuid4())
    if code == "MALWARE_DETECTED":
        return ('Malware detected in asset "%s": signature '
                '"Win.Trojan.Agent-%d" 🚫' % (name, r.randrange(100000,
                                                                999999)))
    if code == "MALWARE_SCAN_ENCRYPTED_FILE":
        return ('The file "%s" is encrypted or password-protected and could '
                "not be scanned for malware." % name)
    if code == "RESOURCE_NOT_FOUND_EXCEPTION":
        return g.pick([
            'Revision with id "%s" not found.' % g.hexid(),
            'The specified key does not exist: "%s"' % key,
            'NoSuchBucket: The specified bucket "%s" does not exist' % bucket,
        ])
    if code == "SERVICE_QUOTA_EXCEEDED_EXCEPTION":
        requested = int(float(limit_text)) + 1 + r.randrange(
            max(2, int(float(limit_text))))
        return ('Service quota exceeded: the "%s" limit is %s.\n'
                "Requested: %d." % (limit_name, limit_human, requested))
    if code == "VALIDATION_EXCEPTION":
        return g.pick([
            'Validation failed for 2 asset sources:\n\t- Key "%s" ends with '
            '"/"\n\t- Bucket "%s" is in region "%s", expected "%s"'
            % (key, bucket, g.region(), ctx.region),
            'Md5Hash "%s" does not match the uploaded content (computed '
            '"%s").' % (g.md5_b64(), g.md5_b64()),
            'Invalid KeyPattern "${Revision.Foo}\\${Asset.Name}": unknown '
            "dynamic reference",
            "Asset name must be 1-255 characters; got \u201c%s\u201d." % name,
        ])
    raise ValueError(code)


def job_error(g, ctx, code=None, detail_kind=None, with_limit=None,
              with_resource=None):
    """A JobError. detail_kind: None (choose), 'none', 's3' or 'signed'."""
    r = g.r
    t = ctx.jtype
    if code is None:
        code = g.pick(ERROR_CODES)
    key = g.s3_key(0.25)
    bucket = g.bucket()
    name = g.file_name(0.3)
    if with_limit is None:
        with_limit = code == "SERVICE_QUOTA_EXCEEDED_EXCEPTION" or \
            r.random() < 0.03
    limit_name = limit_text = None
    if with_limit:
        limit_name = g.pick(TYPE_LIMITS[t]) if r.random() < 0.9 \
            else g.pick(LIMIT_NAMES)
        limit_text = g.wpick(LIMIT_VALUES[limit_name])
    e = {"Code": code,
         "Message": error_message(g, ctx, code, limit_name,
                                  limit_text or "10000.0", key, bucket, name)}
    if detail_kind is None:
        detail_kind = "none"
        if r.random() < 0.5:
            if t == "IMPORT_ASSETS_FROM_S3":
                detail_kind = "s3"
            elif t == "IMPORT_ASSET_FROM_SIGNED_URL":
                detail_kind = "signed"
            elif r.random() < 0.1:
                detail_kind = g.pick(["s3", "signed"])
    if detail_kind == "s3":
        entries = [{"Bucket": bucket, "Key": key}]
        for _ in range(g.heavy(12) - 1):
            entries.append({"Bucket": bucket, "Key": g.s3_key(0.25)})
        e["Details"] = {"ImportAssetsFromS3JobErrorDetails": entries}
    elif detail_kind == "signed":
        e["Details"] = {"ImportAssetFromSignedUrlJobErrorDetails":
                        {"AssetName": name}}
    elif detail_kind == "both":
        e["Details"] = {"ImportAssetFromSignedUrlJobErrorDetails":
                        {"AssetName": name},
                        "ImportAssetsFromS3JobErrorDetails":
                        [{"Bucket": bucket, "Key": key}]}
    if with_limit:
        e["LimitName"] = limit_name
        e["LimitValue"] = Num(limit_text)
    if with_resource is None:
        with_resource = r.random() < 0.5
    if with_resource:
        rt = g.pick(RESOURCE_TYPES)
        if rt == "ASSET":
            rid = g.hexid()
        elif rt == "DATA_SET":
            rid = ctx.data_set
        else:
            rid = ctx.revision
            if r.random() < 0.3:
                rid = "arn:aws:dataexchange:%s:%s:data-sets/%s/revisions/%s" \
                    % (ctx.region, ctx.acct, ctx.data_set, ctx.revision)
        e["ResourceId"] = rid
        e["ResourceType"] = rt
    return e


def new_job_ctx(g, jtype, state):
    r = g.r
    ctx = JobCtx()
    ctx.acct = g.account()
    ctx.region = g.region()
    ctx.jtype = jtype
    ctx.state = state
    ctx.created = r.randrange(ADX_START_MS, END_MS)
    if state == "WAITING":
        delta = 0 if r.random() < 0.7 else r.randrange(5, 2000)
    elif state == "IN_PROGRESS":
        delta = r.randrange(200, 120000)
    elif state == "TIMED_OUT":
        delta = r.randrange(3600000, 86400000)
    else:
        delta = int(800 * g.heavy(5000, alpha=0.8)) + r.randrange(1000)
    ctx.updated = ctx.created + delta
    ctx.data_set = g.hexid()
    ctx.revision = g.hexid()
    return ctx


def asset_configuration(g, count=None):
    if count is None:
        count = g.heavy(50, lo=0) if g.r.random() < 0.9 else 0
    tags = []
    used = set()  # tag keys are unique within a resource
    for i in range(count):
        k, vals = g.pick(TAG_KEYS)
        if k in used or g.r.random() < 0.2:
            k = "%s-%d" % (k, i + 1)
        used.add(k)
        tags.append({"Key": k, "Value": g.pick(vals)})
    return {"Tags": tags}


def get_job(g, jtype, state, sizes=None, errors=None, want_ctx=False):
    """A GetJob response. errors: list of JobError or None (random)."""
    r = g.r
    sizes = sizes or {}
    ctx = new_job_ctx(g, jtype, state)
    details = build_details(g, ctx, sizes)
    if errors is None:
        if state == "ERROR":
            count = g.wpick([(1, 10), (2, 4), (3, 2), (4, 1)])
        elif state == "TIMED_OUT":
            count = 1 if r.random() < 0.3 else 0
        elif state in ("COMPLETED", "CANCELLED"):
            count = 1 if r.random() < 0.04 else 0
        else:
            count = 0
        errors = [job_error(g, ctx) for _ in range(count)]
    jid = g.hexid()
    doc = {}
    # Member order follows the real documentation sample; the rest appended.
    if g.chance(0.97):
        doc["Arn"] = "arn:aws:dataexchange:%s:%s:jobs/%s" % (ctx.region,
                                                            ctx.acct, jid)
    if g.chance(0.99):
        doc["Id"] = jid
    if g.chance(0.99):
        doc["State"] = state
    if g.chance(0.99):
        doc["Type"] = jtype
    if g.chance(0.98):
        doc["CreatedAt"] = iso_ms(ctx.created)
    if g.chance(0.97):
        doc["UpdatedAt"] = iso_ms(ctx.updated)
    if g.chance(0.98):
        doc["Details"] = {TYPE_TO_DETAIL[jtype]: details}
    if errors or g.chance(0.6):
        doc["Errors"] = errors
    if g.full or (jtype.startswith("IMPORT") and r.random() < 0.25):
        doc["AssetConfiguration"] = asset_configuration(g,
                                                        sizes.get("Tags"))
    return (doc, ctx) if want_ctx else doc


# --------------------------------------------------------------------------
# GetImportJob (sesv2)
# --------------------------------------------------------------------------


def get_import_job(g, status, dest_kind, ts_form="repr", with_failure=None):
    r = g.r
    created = r.randrange(SES_START_MS, END_MS)
    if r.random() < 0.01:
        created -= created % 1000  # exact second: repr form ends in ".0"
    duration = 1000 * g.heavy(7200, alpha=0.9) + r.randrange(1000)
    completed = created + duration
    acct = g.account()
    region = g.region()
    bucket = g.bucket()
    fmt = g.pick(["CSV", "CSV", "JSON"])
    key = g.pick(SES_FILES)
    if fmt == "JSON":
        key = key.rsplit(".", 1)[0] + ".json"
    else:
        key = key.rsplit(".", 1)[0] + ".csv"
    if r.random() < 0.3:
        key = "%04d/%s" % (2020 + r.randrange(6), key)

    if status in ("COMPLETED", "FAILED", "PROCESSING") or g.full:
        processed = g.heavy(2000000, alpha=0.6) - 1 + r.randrange(10)
        failed = 0
        if r.random() < 0.35 or g.full:
            failed = min(processed, g.heavy(50000, alpha=0.9))
    else:
        processed = failed = None
    if status == "FAILED" and processed is not None:
        failed = max(failed, 1) if processed else 0

    doc = {}
    if g.chance(0.99):
        doc["JobId"] = g.uuid4()
    if g.chance(0.98):
        if dest_kind == "suppression":
            dest = {"SuppressionListDestination": {
                "SuppressionListImportAction": g.pick(["PUT", "DELETE"])}}
        else:
            dest = {"ContactListDestination": {
                "ContactListName": g.pick(CONTACT_LISTS),
                "ContactListImportAction": g.pick(["PUT", "DELETE"])}}
        doc["ImportDestination"] = dest
    if g.chance(0.97):
        doc["ImportDataSource"] = {"S3Url": "s3://%s/%s" % (bucket, key),
                                   "DataFormat": fmt}
    if with_failure is None:
        with_failure = (status == "FAILED" or
                        (failed and r.random() < 0.9) or r.random() < 0.03)
    if with_failure:
        fi = {}
        if g.full or failed or r.random() < 0.3:
            sign = completed + r.randrange(10, 5000)
            fi["FailedRecordsS3Url"] = g.presigned(
                "ses-import-jobs-failed-records-%s" % region, region,
                "%s/%s/failed_records.%s" % (acct, g.uuid4(), fmt.lower()),
                sign, 3600 * g.pick([1, 6, 24]))
        if g.full or status == "FAILED" or r.random() < 0.1:
            fi["ErrorMessage"] = g.pick(SES_ERRORS).format(
                b=bucket, k=key, fmt=fmt, cl=g.pick(CONTACT_LISTS))
        doc["FailureInfo"] = fi
    if g.chance(0.99):
        doc["JobStatus"] = status
    if g.chance(0.98):
        doc["CreatedTimestamp"] = epoch_num(created, ts_form)
    if status in ("COMPLETED", "FAILED", "CANCELLED") and g.chance(0.95):
        doc["CompletedTimestamp"] = epoch_num(completed, ts_form)
    if processed is not None:
        if g.chance(0.97):
            doc["ProcessedRecordsCount"] = processed
        if g.chance(0.9):
            doc["FailedRecordsCount"] = failed
    return doc


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------


def sub_rng(seed, k):
    return random.Random(seed * 1000003 + k)


def render(doc, style, enc_seed, pretty):
    enc = Encoder(style, random.Random(enc_seed))
    text = enc.encode(doc, pretty)
    check_document(text, doc)
    return text


def write_file(path, text):
    data = text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return data


# Styles for the nine per-type files, so each file exercises something.
TYPE_FILE_STYLES = [
    Style(escape_slash=True, non_ascii="escape"),
    Style(escape_slash=True, html_safe=True),
    Style(non_ascii="raw"),
    Style(escape_slash=True, non_ascii="escape", hex_upper=True),
    Style(non_ascii="mixed"),
    Style(escape_slash=True, non_ascii="raw"),
    Style(non_ascii="escape", html_safe=True),
    Style(escape_slash=True, non_ascii="mixed", hex_upper=True),
    Style(non_ascii="escape"),
]


def make_small(seed):
    g = Gen(sub_rng(seed, 1), full=True)
    g.fancy = 0.0
    doc = get_job(g, "IMPORT_ASSETS_FROM_S3", "COMPLETED",
                  sizes={"AssetSources": 3, "Tags": 2}, errors=[])
    # one key with raw non-ASCII text, like a real European provider might use
    src = doc["Details"]["ImportAssetsFromS3"]["AssetSources"]
    src[1]["Key"] = "reports/Zürich/2023/Q4 Übersicht.csv"
    return doc, Style(non_ascii="raw")


def make_type_doc(seed, i, jtype):
    g = Gen(sub_rng(seed, 100 + i), full=True)
    sizes = {"AssetSources": 4, "AssetDestinations": 4,
             "RevisionDestinations": 3, "DataShareSources": 3,
             "KeyPrefixes": 3, "Keys": 4, "KmsKeysToGrant": 2, "LFTags": 3,
             "TagValues": 2, "Tags": 3}
    doc, ctx = get_job(g, jtype, "ERROR", sizes=sizes, errors=[],
                       want_ctx=True)
    # Two errors with every JobError member; Details kind fits the job type.
    kind = "signed" if jtype == "IMPORT_ASSET_FROM_SIGNED_URL" else "s3"
    doc["Errors"] = [
        job_error(g, ctx, code="SERVICE_QUOTA_EXCEEDED_EXCEPTION",
                  detail_kind=kind, with_limit=True, with_resource=True),
        job_error(g, ctx, code=ERROR_CODES[i % len(ERROR_CODES)],
                  detail_kind=kind, with_limit=False, with_resource=True),
    ]
    return doc, TYPE_FILE_STYLES[i]


def make_large(seed, n_sources):
    g = Gen(sub_rng(seed, 2), full=True)
    doc, ctx = get_job(g, "IMPORT_ASSETS_FROM_S3", "ERROR",
                       sizes={"AssetSources": n_sources, "Tags": 12},
                       errors=[], want_ctx=True)
    plan = [
        ("ACCESS_DENIED_EXCEPTION", "s3", False, True),
        ("SERVICE_QUOTA_EXCEEDED_EXCEPTION", "none", True, True),
        ("MALWARE_DETECTED", "signed", False, True),
        ("VALIDATION_EXCEPTION", "s3", False, False),
        ("RESOURCE_NOT_FOUND_EXCEPTION", "s3", False, True),
        ("MALWARE_SCAN_ENCRYPTED_FILE", "signed", False, False),
        ("SERVICE_QUOTA_EXCEEDED_EXCEPTION", "s3", True, True),
        ("INTERNAL_SERVER_EXCEPTION", "none", False, False),
    ]
    doc["Errors"] = [job_error(g, ctx, code=c, detail_kind=k, with_limit=l,
                               with_resource=res)
                     for c, k, l, res in plan]
    style = Style(escape_slash=True, non_ascii="mixed", hex_upper=True)
    return doc, style


def make_getimportjob(seed):
    g = Gen(sub_rng(seed, 3), full=True)
    doc = get_import_job(g, "COMPLETED", "contact", ts_form="repr",
                         with_failure=True)
    # ordering as in the documentation sample (not the model's order)
    order = ["ImportDataSource", "ProcessedRecordsCount", "FailureInfo",
             "JobStatus", "JobId", "CreatedTimestamp", "FailedRecordsCount",
             "ImportDestination", "CompletedTimestamp"]
    doc = {k: doc[k] for k in order}
    src = doc["ImportDataSource"]
    src["S3Url"] = "s3://%s/contacts/Événements/liste 2024 📧.%s" % (
        src["S3Url"][5:].split("/", 1)[0], src["DataFormat"].lower())
    return doc, Style(escape_slash=True, non_ascii="escape")


def mixed_style(r):
    x = r.random()
    non_ascii = "raw" if x < 0.45 else ("escape" if x < 0.85 else "mixed")
    return Style(escape_slash=r.random() < 0.3, non_ascii=non_ascii,
                 hex_upper=r.random() < 0.3, html_safe=r.random() < 0.08,
                 shuffle_keys=r.random() < 0.2)


def make_mixed(seed, target_bytes, stats):
    r = sub_rng(seed, 4)
    g = Gen(r)
    lines = []
    total = 0
    while total < target_bytes:
        style = mixed_style(r)
        enc_seed = r.getrandbits(64)
        if r.random() < 0.85:
            jtype = JOB_TYPES[r.randrange(len(JOB_TYPES))]
            state = g.wpick(STATES)
            doc = get_job(g, jtype, state)
            key = "GetJob " + jtype
            stats["GetJob State " + state] = \
                stats.get("GetJob State " + state, 0) + 1
        else:
            status = g.wpick(JOB_STATUSES)
            kind = "suppression" if r.random() < 0.55 else "contact"
            form = g.wpick([("repr", 70), ("fixed3", 27), ("int", 3)])
            doc = get_import_job(g, status, kind, ts_form=form)
            key = "GetImportJob " + kind
            stats["GetImportJob JobStatus " + status] = \
                stats.get("GetImportJob JobStatus " + status, 0) + 1
        stats[key] = stats.get(key, 0) + 1
        text = render(doc, style, enc_seed, pretty=False)
        line = text.encode("utf-8")
        if b"\n" in line:
            raise AssertionError("raw newline in compact document")
        lines.append(line)
        total += len(line) + 1
    return b"\n".join(lines) + b"\n", len(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--mixed-mb", type=float, default=20.0,
                    help="approximate size of mixed.ndjson in MiB "
                         "(default 20)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED,
                    help="random seed (default %d)" % DEFAULT_SEED)
    args = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(args.out_dir, exist_ok=True)
    seed = args.seed
    results = []  # (name, bytes, docs, note)

    def emit(name, doc, style, k):
        text = render(doc, style, seed * 7919 + k, pretty=True) + "\n"
        data = write_file(os.path.join(args.out_dir, name), text)
        results.append((name, data, 1, style.describe()))

    doc, style = make_small(seed)
    emit("getjob_small.json", doc, style, 1)
    for i, jtype in enumerate(JOB_TYPES):
        doc, style = make_type_doc(seed, i, jtype)
        emit("getjob_%s.json" % jtype, doc, style, 100 + i)
    doc, style = make_large(seed, 260)
    emit("getjob_large.json", doc, style, 2)
    doc, style = make_getimportjob(seed)
    emit("getimportjob.json", doc, style, 3)

    stats = {}
    data, count = make_mixed(seed, int(args.mixed_mb * MIB), stats)
    with open(os.path.join(args.out_dir, "mixed.ndjson"), "wb") as f:
        f.write(data)
    results.append(("mixed.ndjson", data, count, "compact, one per line"))

    print("seed %d, mixed target %s MiB" % (seed, args.mixed_mb))
    print("%-58s %10s %5s  %s" % ("file", "bytes", "docs", "sha256"))
    for name, data, docs, _ in results:
        print("%-58s %10d %5d  %s" % (name, len(data), docs,
                                      hashlib.sha256(data).hexdigest()))
    print("styles:")
    for name, _, _, note in results:
        print("  %-56s %s" % (name, note))
    print("mixed.ndjson breakdown:")
    for k in sorted(stats):
        print("  %-56s %6d" % (k, stats[k]))
    sys.stderr.write("generated in %.2f s\n" % (time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
