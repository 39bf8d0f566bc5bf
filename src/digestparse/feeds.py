"""Records -> Atom 1.0 and JSON Feed 1.1, for feed readers and other tools.

Mapping: headline -> entry title (a teaser with no headline uses its
summary), summary -> summary, caption -> the image's description (Atom:
``media:description`` of Media RSS; JSON Feed: ``_digestparse.caption``),
byline -> author, kicker -> category/tag, ``published`` -> date. Articles
have no links, so every entry gets a stable id derived from its content
(``urn:uuid:`` of a UUID 5), the same for the same article in every run.

Relative dates resolve against ``reference`` (the day the listing was
copied) and never against the clock; the feed's ``updated`` is the newest
entry date, else ``reference``, else 1970-01-01, so the same articles always
give the same feed.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence

import attrs
import regex

from .records import FIELDS, Article

__all__ = ["Feed", "dump_atom", "dump_jsonfeed", "entry_id"]

_NAMESPACE = uuid.UUID("6c1f4b52-3f5e-5d7c-9a1e-4d2f0b8e7a31")
_ATOM = "http://www.w3.org/2005/Atom"
_MEDIA = "http://search.yahoo.com/mrss/"
_EPOCH = datetime.date(1970, 1, 1)
# Characters XML 1.0 cannot carry; they become U+FFFD in feeds.
_NOT_XML = regex.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _uuid5(name: str) -> uuid.UUID:
    # uuid.uuid5 cannot encode lone surrogates, which valid articles may hold.
    digest = hashlib.sha1(_NAMESPACE.bytes + name.encode("utf-8", "surrogatepass")).digest()
    return uuid.UUID(bytes=digest[:16], version=5)


def entry_id(article: Article) -> str:
    """A stable id for an article, derived from its six fields (a UUID 5)."""
    key = "\x1f".join(value or "" for value in article.fields().values())
    return f"urn:uuid:{_uuid5(key)}"


def _ids(articles: Sequence[Article]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for article in articles:
        base = entry_id(article)
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def _stamp(day: datetime.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _dates(
    articles: Sequence[Article], reference: datetime.date | None
) -> tuple[list[datetime.date | None], datetime.date]:
    days = [a.published_as_of(reference) if reference else a.published for a in articles]
    known = [d for d in days if d is not None]
    return days, max(known) if known else reference or _EPOCH


def _title(article: Article) -> str:
    return article.headline or article.summary or ""


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", " ".join(text.split()))


@attrs.frozen(kw_only=True)
class Feed:
    """What a feed says of itself, and the day relative dates count from."""

    title: str | None = None
    feed_id: str | None = None
    link: str | None = None
    reference: datetime.date | None = None


def dump_atom(articles: Iterable[Article], feed: Feed = Feed()) -> str:
    """Write articles as an Atom 1.0 feed."""
    items = list(articles)
    title, feed_id, link = feed.title, feed.feed_id, feed.link
    days, updated = _dates(items, feed.reference)
    ET.register_namespace("", _ATOM)
    ET.register_namespace("media", _MEDIA)
    root = ET.Element(f"{{{_ATOM}}}feed")
    ids = _ids(items)
    ET.SubElement(root, f"{{{_ATOM}}}id").text = feed_id or _feed_id(ids)
    ET.SubElement(root, f"{{{_ATOM}}}title").text = _xml(title or "digestparse")
    ET.SubElement(root, f"{{{_ATOM}}}updated").text = _stamp(updated)
    if link:
        ET.SubElement(root, f"{{{_ATOM}}}link", href=link, rel="alternate")
    ET.SubElement(root, f"{{{_ATOM}}}generator").text = "digestparse"
    for article, day, ident in zip(items, days, ids, strict=True):
        entry = ET.SubElement(root, f"{{{_ATOM}}}entry")
        ET.SubElement(entry, f"{{{_ATOM}}}id").text = ident
        ET.SubElement(entry, f"{{{_ATOM}}}title").text = _xml(_title(article))
        ET.SubElement(entry, f"{{{_ATOM}}}updated").text = _stamp(day or updated)
        if day is not None:
            ET.SubElement(entry, f"{{{_ATOM}}}published").text = _stamp(day)
        if article.byline:
            author = ET.SubElement(entry, f"{{{_ATOM}}}author")
            ET.SubElement(author, f"{{{_ATOM}}}name").text = _xml(article.byline)
        if article.kicker:
            term = _xml(article.kicker)
            ET.SubElement(entry, f"{{{_ATOM}}}category", term=term, label=term)
        if article.summary:
            ET.SubElement(entry, f"{{{_ATOM}}}summary", type="text").text = _xml(article.summary)
        if article.caption:
            media = ET.SubElement(entry, f"{{{_MEDIA}}}content", medium="image")
            description = ET.SubElement(media, f"{{{_MEDIA}}}description", type="plain")
            description.text = _xml(article.caption)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _feed_id(ids: list[str]) -> str:
    return f"urn:uuid:{_uuid5(' '.join(ids))}"


def dump_jsonfeed(articles: Iterable[Article], feed: Feed = Feed()) -> str:
    """Write articles as a JSON Feed 1.1.

    The caption, the kicker and the date as written travel in the item's
    ``_digestparse`` extension object; ``feed_id`` becomes ``feed_url`` when it
    is an http(s) URL, else ``_digestparse.id``.
    """
    items = list(articles)
    days, _ = _dates(items, feed.reference)
    document: dict[str, object] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title or "digestparse",
    }
    if feed.link:
        document["home_page_url"] = feed.link
    ids = _ids(items)
    ident = feed.feed_id or _feed_id(ids)
    if ident.startswith(("http://", "https://")):
        document["feed_url"] = ident
    else:
        document["_digestparse"] = {"id": ident}
    entries = []
    for article, day, item_id in zip(items, days, ids, strict=True):
        item: dict[str, object] = {"id": item_id, "title": _title(article)}
        item["content_text"] = article.summary or _title(article)
        if article.summary:
            item["summary"] = article.summary
        if day is not None:
            item["date_published"] = _stamp(day)
        if article.byline:
            item["authors"] = [{"name": article.byline}]
        if article.kicker:
            item["tags"] = [article.kicker]
        extension = {k: v for k, v in article.fields().items() if k in FIELDS and v is not None}
        item["_digestparse"] = extension
        entries.append(item)
    document["items"] = entries
    # ensure_ascii keeps lone surrogates as \\u escapes, so the text always encodes.
    return json.dumps(document, ensure_ascii=True, indent=2) + "\n"
