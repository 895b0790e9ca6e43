"""Validates the gateway part of a spec: Q.850 causes, the RFC 3398 tables both
ways and the Warning codes (spec/q850.yaml and spec/warning.yaml, which the
standard spec includes), and turns it into a typed model.

spec_model's validator calls validate() with itself, so every message goes to
the same collector with its file and line, and the same scalar checks apply.
A spec without any of these keys (a user spec that does not extend the
standard one) has no gateway part: Spec.gateway is None and the generated
tables are empty.
"""

from __future__ import annotations

import dataclasses
import re

from spec_loader import Mapping, Node, Scalar, Sequence, describe

# The keys of the gateway part; all or none of REQUIRED_KEYS.
REQUIRED_KEYS = ("q850_causes", "q850_to_sip", "q850_unlisted", "sip_to_q850", "sip_unlisted",
                 "sip_warning_to_q850", "warn_codes", "reason_protocols")
TOP_LEVEL_KEYS = REQUIRED_KEYS

MIN_CAUSE, MAX_CAUSE = 1, 127  # ITU-T Q.850: a 7-bit cause value; 0 is not a cause
MIN_RESPONSE_TO_CAUSE = 300  # a released call is answered with a final response that is not a 2xx
MIN_WARNING, MAX_WARNING = 300, 399  # RFC 3261 §20.43: the warn-codes specific to SIP
MAX_NAME_BYTES = 120
MAX_SOURCE_BYTES = 120
NONE = "none"
BY_WARNING = "by_warning"
CONDITIONS = ("challenge_unanswerable",)
_TOKEN = re.compile(r"[A-Za-z0-9\-.!%*_+`'~]+\Z")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Cause:
    cause: int
    id: str
    name: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class ToSip:
    """A row of RFC 3398 §7.2.4.1: a cause -> the status the gateway sends."""
    cause: int
    status: int | None  # None: no response (reason says why)
    user_location: int | None  # the status when the cause location is "user"
    with_diagnostic: int | None  # the status when the cause carries a diagnostic
    reason: str
    source: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class ToSipDefault:
    """q850_unlisted: what a cause without a row of q850_to_sip gets (RFC 3398
    §7.2.4.1: 500 for a cause value its table does not list)."""
    status: int | None  # None: no response (reason says why)
    reason: str
    source: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class FromSip:
    """A row of RFC 3398 §8.2.6.1 (or of sip_unlisted, for a whole class)."""
    cause: int | None  # None: no cause (reason says why), or by_warning
    by_warning: bool
    only_if: str | None
    reason: str
    source: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class WarnCode:
    code: int
    id: str
    text: str
    reference: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class ReasonProtocol:
    protocol: str
    cause: str
    reference: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class Gateway:
    causes: tuple[Cause, ...]  # ascending
    to_sip: dict  # cause -> ToSip
    to_sip_default: ToSipDefault  # a cause value 1-127 without a row
    from_sip: dict  # status code -> FromSip (the rows the spec gives)
    unlisted: dict  # class digit -> FromSip
    warning_default: int
    warning_causes: dict  # warn-code -> cause
    warn_codes: tuple[WarnCode, ...]  # ascending
    reason_protocols: tuple[ReasonProtocol, ...]  # in the spec's order

    def for_cause(self, cause: int) -> ToSip | ToSipDefault:
        """The row a cause value 1-127 maps by: its own, or the default."""
        return self.to_sip.get(cause, self.to_sip_default)

    def for_status(self, code: int) -> tuple[FromSip, bool]:
        """The row a code maps by, and whether it is the class's (not listed)."""
        if code in self.from_sip:
            return self.from_sip[code], False
        return self.unlisted[code // 100], True


def validate(v, root: Mapping, codes) -> Gateway | None:
    """`v`: spec_model's validator; `codes`: the spec's validated codes."""
    given = [k for k in REQUIRED_KEYS if k in root]
    if not given:
        return None
    missing = [k for k in REQUIRED_KEYS if k not in root]
    if missing:
        v.out.error(root.key_lines[given[0]], f"the spec has {given[0]} but not {', '.join(missing)}: the "
                    f"gateway tables come as a whole ({', '.join(REQUIRED_KEYS)})")
        return None
    # The codes the spec gives, valid or not: a code with a bad field is reported
    # once, at that field, not again at every row that names it.
    registered = {c.code for c in codes}
    if isinstance(root.get("codes"), Sequence):
        registered |= {int(e["code"].text) for e in root["codes"] if isinstance(e, Mapping)
                       and isinstance(e.get("code"), Scalar) and e["code"].kind == "integer"
                       and e["code"].text.isdigit()}
    causes = _causes(v, root["q850_causes"])
    cause_numbers = {c.cause for c in causes}
    warn_codes = _warn_codes(v, root["warn_codes"])
    warn_numbers = {w.code for w in warn_codes}
    ctx = _Refs(v, registered, cause_numbers, warn_numbers)
    to_sip = _to_sip(ctx, root["q850_to_sip"])
    to_sip_default = _to_sip_default(ctx, root["q850_unlisted"])
    from_sip = _from_sip(ctx, root["sip_to_q850"], "sip_to_q850", "status")
    unlisted = _from_sip(ctx, root["sip_unlisted"], "sip_unlisted", "class")
    for digit in range(1, 7):
        if isinstance(root["sip_unlisted"], Sequence) and digit not in unlisted:
            v.out.error(root["sip_unlisted"].line, f"sip_unlisted has no row for class {digit}: "
                        "every class needs one, for the codes sip_to_q850 does not list")
    default, warning_causes = _warnings(ctx, root["sip_warning_to_q850"])
    return Gateway(causes=causes, to_sip=to_sip, to_sip_default=to_sip_default, from_sip=from_sip, unlisted=unlisted,
                   warning_default=default, warning_causes=warning_causes, warn_codes=warn_codes,
                   reason_protocols=_reason_protocols(v, root["reason_protocols"]))


class _Refs:
    """The checks of the numbers a row names."""

    def __init__(self, v, registered, causes, warnings):
        self.v, self.registered, self.causes, self.warnings = v, registered, causes, warnings

    def number(self, node: Node, what: str, allowed, kind: str, words=()) -> int | str | None:
        """A number from `allowed`, or one of `words`; None after an error."""
        if isinstance(node, Scalar) and node.kind == "string" and node.text in words:
            return node.text
        number = self.v.integer(node, what)
        if number is not None and number not in allowed:
            alternatives = "".join(f" or '{w}'" for w in words)
            self.v.out.error(node.line, f"{what} is {number}, which is not {kind}{alternatives}")
            return None
        return number


def _rows(v, node: Node, key: str) -> Sequence:
    if not isinstance(node, Sequence):
        v.out.error(node.line, f"{key} must be a list of rows, not {describe(node)}")
        return Sequence(node.line)
    return node


def _row(v, item: Node, key: str, required, optional) -> bool:
    if not isinstance(item, Mapping):
        v.out.error(item.line, f"each row of {key} must be a mapping, not {describe(item)}")
        return False
    return v.fields(item, f"a row of {key}", required, optional)


def _unique(v, seen: dict, number, item: Mapping, key: str) -> bool:
    if number in seen:
        v.out.error(item.line, f"{key} has two rows for {number} (the first at line {seen[number]}); "
                    "keep one")
        return False
    seen[number] = item.line
    return True


def _causes(v, node: Node) -> tuple[Cause, ...]:
    result, seen, ids = [], {}, set()
    for item in _rows(v, node, "q850_causes"):
        if not _row(v, item, "q850_causes", ("cause", "id", "name"), ()):
            continue
        number = v.integer(item["cause"], "a cause of q850_causes")
        if number is not None and not MIN_CAUSE <= number <= MAX_CAUSE:
            v.out.error(item["cause"].line, f"cause {number} is outside {MIN_CAUSE}-{MAX_CAUSE}, the "
                        "7-bit cause values of ITU-T Q.850")
            number = None
        ident = v.identifier(item["id"], f"cause {number}")
        name = v.string(item["name"], f"the name of cause {number}", MAX_NAME_BYTES)
        if number is None or ident is None or name is None or not _unique(v, seen, number, item, "q850_causes"):
            continue
        if ident in ids:
            v.out.error(item["id"].line, f"the id '{ident}' of cause {number} is taken by another cause")
            continue
        ids.add(ident)
        result.append(Cause(cause=number, id=ident, name=name))
    return tuple(sorted(result, key=lambda c: c.cause))


def _reason(v, item: Mapping, what: str, is_none: bool) -> str:
    """A `none` row says why in `reason`; only a `none` row has one. `what`:
    "a row of q850_to_sip", "q850_unlisted"."""
    if is_none and "reason" not in item:
        v.out.error(item.line, f"{what} that maps to none needs a reason (why there is no mapping)")
        return ""
    if not is_none and "reason" in item:
        v.out.error(item["reason"].line, f"{what} that maps somewhere takes no reason")
        return ""
    return v.text(item["reason"], f"the reason of {what}") or "" if is_none else ""


def _to_sip(ctx: _Refs, node: Node) -> dict:
    v, result, seen = ctx.v, {}, {}
    for item in _rows(v, node, "q850_to_sip"):
        if not _row(v, item, "q850_to_sip", ("cause", "status", "source"),
                    ("user_location", "with_diagnostic", "reason")):
            continue
        cause = ctx.number(item["cause"], "the cause of a row of q850_to_sip", ctx.causes,
                           "a cause of q850_causes")
        status = _response(ctx, item["status"], f"the status of cause {cause}", (NONE,))
        extra = {k: _response(ctx, item[k], f"the {k} status of cause {cause}") if k in item else None
                 for k in ("user_location", "with_diagnostic")}
        if status == NONE:
            for k in extra:
                if k in item:
                    v.out.error(item[k].line, f"cause {cause} maps to none, so it has no {k} status")
        reason = _reason(v, item, "a row of q850_to_sip", status == NONE)
        source = v.string(item["source"], f"the source of cause {cause}", MAX_SOURCE_BYTES)
        if cause is None or status is None or source is None or not _unique(v, seen, cause, item, "q850_to_sip"):
            continue
        result[cause] = ToSip(cause=cause, status=None if status == NONE else status,
                              user_location=extra["user_location"], with_diagnostic=extra["with_diagnostic"],
                              reason=reason, source=source)
    return result


def _response(ctx: _Refs, node: Node, what: str, words=()) -> int | str | None:
    """A status the gateway answers a released call with: a code of the spec,
    final and not a 2xx (the INVITE failed), or one of `words`."""
    status = ctx.number(node, what, ctx.registered, "a code of the spec", words)
    if isinstance(status, int) and status < MIN_RESPONSE_TO_CAUSE:
        ctx.v.out.error(node.line, f"{what} is {status}, but a released call is answered with a final "
                        f"response that is not a success ({MIN_RESPONSE_TO_CAUSE}-699)")
        return None
    return status


def _to_sip_default(ctx: _Refs, node: Node) -> ToSipDefault:
    """q850_unlisted: {status, source}, or {status: none, reason, source}."""
    v = ctx.v
    if not isinstance(node, Mapping):
        v.out.error(node.line, f"q850_unlisted must be a mapping with a status and a source (the response for "
                    f"a cause without a row, e.g. {{status: 500, source: ...}}), not {describe(node)}")
        return ToSipDefault(status=None, reason="", source="")
    if not v.fields(node, "q850_unlisted", ("status", "source"), ("reason",)):
        return ToSipDefault(status=None, reason="", source="")
    status = _response(ctx, node["status"], "the status of q850_unlisted", (NONE,))
    reason = _reason(v, node, "q850_unlisted", status == NONE)
    source = v.string(node["source"], "the source of q850_unlisted", MAX_SOURCE_BYTES) or ""
    return ToSipDefault(status=status if isinstance(status, int) else None, reason=reason, source=source)


def _from_sip(ctx: _Refs, node: Node, key: str, field: str) -> dict:
    v, result, seen = ctx.v, {}, {}
    allowed = ctx.registered if field == "status" else range(1, 7)
    kind = "a code of the spec" if field == "status" else "a class (1 to 6)"
    for item in _rows(v, node, key):
        if not _row(v, item, key, (field, "cause", "source"), ("only_if", "reason")):
            continue
        number = ctx.number(item[field], f"the {field} of a row of {key}", allowed, kind)
        words = (NONE, BY_WARNING) if field == "status" else (NONE,)
        cause = ctx.number(item["cause"], f"the cause of {field} {number}", ctx.causes,
                           "a cause of q850_causes", words)
        only_if = None
        if "only_if" in item:
            only_if = v.string(item["only_if"], f"the only_if of {field} {number}", 64)
            if only_if is not None and only_if not in CONDITIONS:
                v.out.error(item["only_if"].line, f"the only_if of {field} {number}, '{only_if}', is not one "
                            f"of {', '.join(CONDITIONS)}")
            if isinstance(cause, str):
                v.out.error(item["only_if"].line, f"{field} {number} maps to {cause}; only a cause can have "
                            "a condition")
        reason = _reason(v, item, f"a row of {key}", cause == NONE)
        source = v.string(item["source"], f"the source of {field} {number}", MAX_SOURCE_BYTES)
        if number is None or cause is None or source is None or not _unique(v, seen, number, item, key):
            continue
        result[number] = FromSip(cause=cause if isinstance(cause, int) else None, by_warning=cause == BY_WARNING,
                                 only_if=only_if, reason=reason, source=source)
    return result


def _warnings(ctx: _Refs, node: Node) -> tuple[int, dict]:
    v = ctx.v
    if not isinstance(node, Mapping) or not v.fields(node, "sip_warning_to_q850", ("default", "rows")):
        if not isinstance(node, Mapping):
            v.out.error(node.line, "sip_warning_to_q850 must be a mapping with a default and rows")
        return 0, {}
    default = 0
    if _row(v, node["default"], "sip_warning_to_q850", ("cause", "source"), ()):
        default = ctx.number(node["default"]["cause"], "the default cause of sip_warning_to_q850", ctx.causes,
                             "a cause of q850_causes") or 0
        v.string(node["default"]["source"], "the source of the default of sip_warning_to_q850", MAX_SOURCE_BYTES)
    result, seen = {}, {}
    for item in _rows(v, node["rows"], "the rows of sip_warning_to_q850"):
        if not _row(v, item, "sip_warning_to_q850", ("warning", "cause", "source"), ()):
            continue
        warning = ctx.number(item["warning"], "the warning of a row of sip_warning_to_q850", ctx.warnings,
                             "a code of warn_codes")
        cause = ctx.number(item["cause"], f"the cause of warning {warning}", ctx.causes, "a cause of q850_causes")
        source = v.string(item["source"], f"the source of warning {warning}", MAX_SOURCE_BYTES)
        if warning is None or cause is None or source is None or \
                not _unique(v, seen, warning, item, "sip_warning_to_q850"):
            continue
        result[warning] = cause
    return default, result


def _warn_codes(v, node: Node) -> tuple[WarnCode, ...]:
    result, seen, ids = [], {}, set()
    for item in _rows(v, node, "warn_codes"):
        if not _row(v, item, "warn_codes", ("code", "id", "text", "reference"), ()):
            continue
        code = v.integer(item["code"], "a code of warn_codes")
        if code is not None and not MIN_WARNING <= code <= MAX_WARNING:
            v.out.error(item["code"].line, f"warn-code {code} is outside {MIN_WARNING}-{MAX_WARNING}, the "
                        "warn-codes specific to SIP (RFC 3261 §20.43)")
            code = None
        ident = v.identifier(item["id"], f"warn-code {code}")
        text = v.string(item["text"], f"the text of warn-code {code}", MAX_NAME_BYTES)
        if text is not None and '"' in text or text is not None and "\\" in text:
            v.out.error(item["text"].line, f"the text of warn-code {code} holds a quote or a backslash; "
                        "a warn-text is sent as a quoted-string, write it without them")
            text = None
        reference = v.string(item["reference"], f"the reference of warn-code {code}", MAX_SOURCE_BYTES)
        if None in (code, ident, text, reference) or not _unique(v, seen, code, item, "warn_codes"):
            continue
        if ident in ids:
            v.out.error(item["id"].line, f"the id '{ident}' of warn-code {code} is taken by another warn-code")
            continue
        ids.add(ident)
        result.append(WarnCode(code=code, id=ident, text=text, reference=reference))
    return tuple(sorted(result, key=lambda w: w.code))


def _reason_protocols(v, node: Node) -> tuple[ReasonProtocol, ...]:
    result, seen = [], {}
    for item in _rows(v, node, "reason_protocols"):
        if not _row(v, item, "reason_protocols", ("protocol", "cause", "reference"), ()):
            continue
        protocol = v.string(item["protocol"], "a protocol of reason_protocols", 64)
        if protocol is not None and not _TOKEN.match(protocol):
            v.out.error(item["protocol"].line, f"the Reason protocol '{protocol}' is not a token "
                        "(RFC 3261 §25.1: letters, digits and -.!%*_+`'~)")
            protocol = None
        cause = v.string(item["cause"], f"the cause of Reason protocol {protocol}", MAX_NAME_BYTES)
        reference = v.string(item["reference"], f"the reference of Reason protocol {protocol}", MAX_SOURCE_BYTES)
        if None in (protocol, cause, reference) or not _unique(v, seen, protocol.upper(), item, "reason_protocols"):
            continue
        result.append(ReasonProtocol(protocol=protocol, cause=cause, reference=reference))
    return tuple(result)
