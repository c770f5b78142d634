#!/usr/bin/env python3
"""Writes a libFuzzer dictionary for the awsjobs harnesses to stdout.

    dictionary.py [--xml | --auth] CLOSURE_JSON SERVICE...

Entries: JSON's own tokens, timestamp pieces, and from the model closure of each
service (closure.json: the union of its operations' closures) every member name (as
a quoted key), enum value and shape name (the codes of typed errors and the keys of
one-of unions). With --xml: XML's tokens
instead of JSON's, and member names as start and end tags. Keys and enum values are
looked up in tables the fuzzer cannot see through, so without these it would
rarely spell one. With --auth: the tokens of SigV4 Authorization headers and SigV2 forms.
"""
import json
import sys

JSON_TOKENS = ['{', '}', '[', ']', ':', ',', '""', 'true', 'false', 'null', '-0', '1e9', '.5', 'E+', 'e-',
               '\\"', '\\\\', '\\/', '\\n', '\\u0000', '\\u00e9', '\\ud83d\\udcca', '\\uDFFF', '\u00e9']
XML_TOKENS = ['<', '>', '</', '/>', '<member>', '</member>', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#13;',
              '&#x1F4CA;', '&#0;', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0" encoding="UTF-8"?>',
              '<!DOCTYPE', ' xmlns="urn:x"', ':', '\r\n', '\u00e9', 'Response>', 'Result>', '<ResponseMetadata>']
AUTH_TOKENS = ['AWS4-HMAC-SHA256 ', 'Credential=', 'SignedHeaders=', 'Signature=', ', ', '/aws4_request', ';host;',
               'x-amz-date', 'AKIDEXAMPLE', '20150830', 'us-east-1', '&', '=', '%2F', '+', 'AWSAccessKeyId=',
               'SignatureVersion=2', 'SignatureMethod=HmacSHA256', 'Timestamp=', 'SecurityToken=', '2015-08-30T12:36:00Z']
TIMESTAMP_PIECES = ['2019-10-11T14:12:24.640Z', '1597251915.243', 'T', 'Z', '+00:00', '-0700', '.123456789',
                    '9999-12-31', '0001-01-01', '23:59:59']


def entry(text):
    """A dictionary line: the bytes of text, escaped the way libFuzzer reads them."""
    out = []
    for byte in text.encode('utf-8'):
        if byte in (ord('"'), ord('\\')):
            out.append('\\' + chr(byte))
        elif 0x20 <= byte < 0x7f:
            out.append(chr(byte))
        else:
            out.append('\\x%02X' % byte)
    return '"' + ''.join(out) + '"'


def main():
    args = sys.argv[1:]
    xml = args[0] == '--xml'
    auth = args[0] == '--auth'
    if xml or auth:
        args = args[1:]
    closure = json.load(open(args[0], encoding='utf-8'))
    words = set(AUTH_TOKENS if auth else XML_TOKENS if xml else JSON_TOKENS) | set(TIMESTAMP_PIECES)
    for service in args[1:]:
        for name, shape in closure[service]['shapes'].items():
            words.add(name)
            for member in shape.get('members', {}):
                words.update(['<%s>' % member, '</%s>' % member] if xml else ['"%s":' % member])
            words.update(shape.get('enum', []) if xml else ('"%s"' % value for value in shape.get('enum', [])))
    for word in sorted(words):
        print(entry(word))


if __name__ == '__main__':
    main()
