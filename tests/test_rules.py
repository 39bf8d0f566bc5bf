"""Each rule with a case it decides and a near miss it must pass on."""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import digestparse
from digestparse import Article, Options, UsageError
from digestparse.features import (
    Features,
    byline_parts,
    credit_word,
    extract,
    is_name,
    is_role,
    name_with_agency,
    name_with_role,
)
from digestparse.rules import (
    RULE_NAMES,
    Kind,
    classify,
    glued_caption,
    headline_author,
    headline_date,
)


def kind(text: str, **options: object) -> tuple[Kind, str]:
    verdict = classify(extract(text), Options(**options))  # type: ignore[arg-type]
    assert isinstance(verdict.what, Kind)
    return verdict.what, verdict.rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # noise.chrome
        ("Read More", ("noise.chrome")),
        ("Continue reading →", "noise.chrome"),
        ("Places: Americas, Global", "noise.chrome"),
        ("Schlagwörter: Streik, Hafen", "noise.chrome"),
        ("(Dec 01, 2026)", "date.line"),
        ("IMG_2041", "caption.credit"),
        ("Published: 10:42 AM", "noise.chrome"),
        ("Anzeige", "noise.chrome"),
        ("March 4, 2019 · Ana Ruiz", "byline.name_and_date"),
        ("Story continues below advertisement", "noise.chrome"),
        ("Updated 9.15am GMT", "noise.chrome"),
        ("picket line at dawn DSC01234", "caption.credit"),
        ("« Previous 1 2 3 … 18 Next »", "noise.chrome"),
        ("Facebook Instagram Twitter YouTube", "noise.chrome"),
        ("Instagram", "noise.chrome"),  # a network alone: a link to the site's page there
        ("Signal", "title.default"),  # near miss: a network that is a word too
        ("Sort by: Newest", "noise.chrome"),
        ("Filtrar por tema", "noise.chrome"),
        ("Filter", "noise.chrome"),
        ("Sorting the recycling", "title.default"),  # near miss
        ("Geography Archives: Latin America", "noise.chrome"),
        ("Leer más", "noise.chrome"),
        ("Share: Facebook | Twitter | Email", "noise.chrome"),
        ("Home » News » Labour", "noise.chrome"),  # a breadcrumb trail
        ("Home | News | Opinion | Culture", "noise.chrome"),  # a menu opening with home
        ("About us · Contact · Donate", "noise.chrome"),  # links of a site's footer
        ("Inicio | Política | Economía", "noise.chrome"),
        ("Impressum | Datenschutz | Kontakt", "noise.chrome"),
        ("News | Transport", "title.default"),  # near miss: a kicker's section path
        ("© 2024 The Harbour Weekly. All rights reserved.", "noise.chrome"),
        ("© 2024 El Semanario. Todos los derechos reservados.", "noise.chrome"),
        ("© Ana Ruiz", "caption.credit"),  # near miss: a photo's credit
        ("Related posts", "noise.chrome"),
        ("Última hora", "noise.chrome"),  # a listing page's part: "Breaking news"
        ("Eilmeldung", "noise.chrome"),
        ("Kurzmeldungen", "noise.chrome"),  # a list of briefs: "In brief", "En bref"
        ("En bref", "noise.chrome"),
        ("Lire aussi : La grève continue", "noise.chrome"),
        ("Lesen Sie auch: Streik bei der Bahn", "noise.chrome"),
        ("Veja também: Greve dos bancários", "noise.chrome"),
        # date.line
        ("APRIL 1. 2025", "date.line"),
        ("01.02.2024", "date.line"),
        ("Mar 4, 2019 · 5 min read", "date.line"),  # a reading time beside the date
        ("9 min read · Mar 9, 2019", "date.line"),
        ("45 min · March 4, 2024", "date.line"),  # how long the episode runs, then the date
        ("March 4, 2024 | 1 h 12 min", "date.line"),
        ("Podcast · 38 min", "title.default"),  # near miss: no date, a label (kicker in context)
        ("18K views · 3 days ago", "date.line"),  # a count before the date
        ("42 comments · 3 days ago", "date.line"),
        ("1.2M views", "noise.chrome"),
        ("3 Views of the Harbour", "title.default"),  # near miss: counts nothing
        ("18K Views From the Top · 3 days ago", "title.default"),  # near miss: no count
        ("Business | March 5, 2019", "date.line"),  # a section before the date
        ("Updated 3:45 PM ET, Mon March 4, 2019", "date.line"),  # the time before the date
        ("10:30, 4 March 2019", "date.line"),
        ("5 min read", "noise.chrome"),
        ("Lesezeit: 5 Min.", "noise.chrome"),
        ("12 MIN", "noise.chrome"),  # alone on its line, the minutes need no "read"
        ("•", "noise.chrome"),  # signs only: a separator between facts
        ("* * *", "noise.chrome"),
        # byline.marker, byline.name_and_date
        ("By Ana Ruiz and Tom Berg", "byline.marker"),
        ("Written by Fred Weston Wednesday, 24 August 2016", "byline.marker"),
        ("Autor: AP", "byline.marker"),
        ("Text: Ana Ruiz", "byline.marker"),
        ("Interview by Ana Ruiz", "byline.marker"),
        ("Reporting by Ana Ruiz and Tom Berg", "byline.marker"),
        ("Submitted by Ana Ruiz on Sat, 11/28/2026 - 14:32", "byline.marker"),  # Drupal
        ("Veröffentlicht von Anna Schmidt am 28.11.2026", "byline.marker"),
        ("Enviado por Marta Silva", "byline.marker"),
        ("Ana Ruiz · 4 May 2021", "byline.name_and_date"),
        ("News | March 4, 2019 | Ana Ruiz", "byline.name_and_date"),
        ("Business | March 5, 2019 | By Tom Berg", "byline.marker"),
        ("Posted by admin on March 4, 2019", "byline.marker"),  # a user name before a date
        ("Written by j.okafor on February 27, 2019", "byline.marker"),
        ("Posted on March 4, 2019 by admin", "byline.marker"),  # "by" after the date
        ("Posted on April 6, 2023 by admin in Local news", "byline.marker"),  # and its section
        ("Ana Ruiz · March 4, 2019 · Labour, Ports", "byline.name_and_date"),  # tags after
        ("By Ana Ruiz in Politics", "byline.marker"),
        ("March 4, 2019 by Ana Ruiz", "byline.marker"),
        ("Ana Ruiz · 4 min read", "byline.name_and_date"),  # a reading time, no date
        ("Ana Ruiz — March 4, 2019 — 3 comments", "byline.name_and_date"),
        ("by Ana Ruiz / March 4, 2019 / 2 Comments", "byline.marker"),  # slashes part facts
        ("Ana Ruiz / March 4, 2019 / Labour", "byline.name_and_date"),
        ("March 4, 2019 / 3 Comments", "date.line"),
        ("February 26, 2019 / No Comments", "date.line"),
        # caption.credit, caption.agency
        ("Photo Credit- Atlas Network", "caption.credit"),
        ("Fotografía: Ana Lind", "caption.credit"),
        ("Photo courtesy of the Harbour Trust", "caption.credit"),
        ("Screenshot via YouTube", "caption.credit"),
        ("Samir Amín Foto-", "caption.credit"),
        ("Pedro Castillo Presidencia Perú Flickr", "caption.credit"),
        ("thumb erdogan 120x80", "caption.credit"),
        ("Protest in Lima | AP", "caption.agency"),
        # summaries
        ("Households pay a third more than they did in 2019 […]", "summary.truncated"),
        ("Around six thousand people marched to the square.", "summary.full_stop"),
        (
            "Strikes are spreading through the territories! The union declares solidarity with them",
            "summary.sentences",
        ),
        (
            "the committee met on tuesday and agreed that the plan would go ahead in the spring without any more delay",
            "summary.long",
        ),
        # title.default
        ("Dock Workers Vote to Strike Over Night Shifts", "title.default"),
    ],
)
def test_line_rules_decide(text: str, expected: str) -> None:
    assert kind(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "not_rule"),
    [
        ("More Than a Game", "noise.chrome"),  # "More" alone is chrome, a title is not
        ("Sharing the Harvest", "noise.chrome"),
        ("March on Washington", "date.line"),
        ("Ana Ruiz | March 4, 2019", "date.line"),  # a name, not a section, before the date
        ("Five Minutes Read Like an Hour", "noise.chrome"),
        ("Posted by admin", "byline.marker"),  # a user name needs the date beside it
        ("Posted on March 4, 2019 by the river", "byline.marker"),  # no user name after "by"
        ("12 Minutes That Changed the Strike", "noise.chrome"),
        ("Home Truths About the Budget", "noise.chrome"),
        ("Related Parties Bill Passes", "noise.chrome"),
        ("By the River in Spring", "byline.marker"),  # no name before "in"
        ("Ferry Workers · Win Their Pay · Claim", "byline.name_and_date"),  # no date inside
        ("Ana Ruiz · March 4, 2019 · The council will appeal.", "byline.name_and_date"),
        ("10.30 Council Meets Again", "date.line"),  # a time with no date after it
        ("— 40% —", "noise.chrome"),  # a number among the signs is a word enough
        ("Dock Workers Vote to Strike · 5 min read", "byline.name_and_date"),  # no name
        ("By the Numbers: Why Rents Rise", "byline.marker"),  # "By" before no name
        ("Photos Show the Flood", "caption.credit"),  # credit word without a separator
        ("Photo from Gaza", "caption.credit"),  # "from" names a place as often as a source
        ("The Class of 2041", "caption.credit"),  # a year, no camera's file name
        ("10:42 Council Meets Again", "noise.chrome"),  # a time before a headline
        ("Like Father, Like Son", "noise.chrome"),  # a control's word, not the control
        ("June 2026 Newsletter", "byline.name_and_date"),  # no sign between date and word
        ("Anzeige gegen Polizisten erstattet", "noise.chrome"),
        ("Published: 4 March 2019", "noise.chrome"),  # a date, not a time alone
        ("IMG_2041 edited", "caption.credit"),
        ("House of Commons", "caption.agency"),
        ("Reuters reported that the talks failed late on Tuesday night.", "caption.agency"),
        ("Obama Leaves. Castro Stays.", "summary.full_stop"),  # too short for a sentence
        ("Strike! Workers Walk Out", "summary.sentences"),
        (
            "Why the Dock Workers of the Northern Ports Voted to Strike Over the Night Shift Rota in Every Port This Year",
            "summary.long",
        ),
    ],
)
def test_line_rules_pass_on_near_misses(text: str, not_rule: str) -> None:
    assert kind(text)[1] != not_rule


def test_a_disabled_rule_is_skipped() -> None:
    assert kind("Read More")[1] == "noise.chrome"
    assert kind("Read More", disabled_rules={"noise.chrome"})[1] == "title.default"


def test_unknown_rule_names_are_refused_with_the_known_ones() -> None:
    with pytest.raises(
        UsageError, match=r"unknown rules \['noise\.chrom'\]; known rules: .*noise\.chrome"
    ):
        Options(disabled_rules=frozenset({"noise.chrom"}))


def test_options_check_their_values() -> None:
    with pytest.raises(UsageError, match="sentence_min_words must be a positive int"):
        Options(sentence_min_words=0)
    with pytest.raises(UsageError, match="date_headings"):
        Options(date_headings="sometimes")  # type: ignore[arg-type]


def test_every_context_rule_name_is_known() -> None:
    assert {"caption.glued", "date.heading", "byline.after_summary"} <= RULE_NAMES


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("thumb erdogan 120x80For the first time Turkey has launched", "thumb erdogan 120x80"),
        (
            "Tsipras. Photo: Joanna, Flickr.comFor decades the main party",
            "Tsipras. Photo: Joanna, Flickr.com",
        ),
        (
            "Stalin launch 9 - La Izquierda SocialistaThe new and completed edition",
            "Stalin launch 9 - La Izquierda Socialista",
        ),
        # After a thumbnail's size: an acronym, a quote, a one-letter word.
        ("thumb usa 120x80US imperialism has suffered a defeat", "thumb usa 120x80"),
        ("thumb strike 120x80“For the first time in decades,” they said", "thumb strike 120x80"),
        ("thumb 120x80A new wave of strikes has swept the country", "thumb 120x80"),
        # Of two joins in one word, the one that opens a whole word.
        (
            "FIOM demonstration in Turin - FalceMartelloHundreds of thousands of workers",
            "FIOM demonstration in Turin - FalceMartello",
        ),
        ("Picket outside YouTubeThe workers at the office walked out", "Picket outside YouTube"),
        ("Strikers at the gatesYouTube has removed the video", "Strikers at the gates"),
        # A quote may open the summary.
        (
            "Greve dos petroleiros. Foto: Agência Brasil“Não vamos recuar”, disse ele",
            "Greve dos petroleiros. Foto: Agência Brasil",
        ),
        (
            'Picket at the depot. Photo: Tom Berg"We will not go back," he said',
            "Picket at the depot. Photo: Tom Berg",
        ),
    ],
)
def test_glued_caption_splits(text: str, caption: str) -> None:
    assert glued_caption(text, 16) == (caption, text[len(caption) :])


@pytest.mark.parametrize(
    "text",
    [
        "Watch the YouTube video of the rally on the square",
        "Florida governor Ron DeSantis said the bill would pass",
        "The new iPhone costs more than a month of rent",
        "Sales at McDonald's fell for the third quarter in a row",
        "A perfectly ordinary sentence with no joins at all",
        # A size and its unit, sizes in a list: no thumbnail's alt text.
        "Screens of 1920x1080px are now the norm in every office",
        "Prints come in 120x80, 200x100 and larger sizes on request",
    ],
)
def test_glued_caption_near_misses(text: str) -> None:
    assert glued_caption(text, 16) is None


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("A nurse on a night shift. (Photo by Tom Berg)", True),
        ("A nurse on a night shift (Picture by Tom Berg)", True),
        ("Flooded fields near the river. Image by Ana Ruiz", True),
        # Near misses: no sentence end or bracket before it, or no credit word before "by".
        ("The Picture by the Lake That Changed Everything", False),
        ("He took the photo by the lake on the last day of the holiday.", False),
        ("Rain again. A photo by the lake, and home", False),
        # A credit word alone in brackets tags a headline; before a sign, or
        # after one at the end, it credits.
        ("Strike Ends at the Docks (PHOTOS)", False),
        ("Fire at the Old Mill [FOTOS]", False),
        ("Mayor Lee at the harbour. Photo-", True),
        ("The harbour at dawn - Photo", True),
        ("The harbour at dawn (Photo: AP)", True),
    ],
)
def test_a_photo_by_its_author_inside_alt_text_is_a_credit(text: str, credit: bool) -> None:
    assert (kind(text)[0] is Kind.CAPTION) is credit


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        # German credits: the photographer and the agency parted by a slash, a
        # picture marked as a symbol or from the archive.
        ("Sebastian Gollnow/dpa", True),
        ("AFP/John MacDougall", True),
        ("EPA / Clemens Bilan", True),
        ("picture alliance/dpa | Jörg Carstensen", True),
        ("Symbolbild: Streikende vor dem Werk", True),
        ("Archivfoto: Die Halle im Jahr 1998", True),
        # Near misses: an agency's poll in a headline, a path of sections.
        ("AP/NORC poll finds most oppose the plan", False),
        ("AP/NORC Poll Finds Most Voters Oppose the Plan", False),
        ("Opinion/Housing", False),
    ],
)
def test_a_credit_with_the_agency_and_photographer_parted_by_a_slash(
    text: str, credit: bool
) -> None:
    assert (kind(text)[0] is Kind.CAPTION) is credit


def test_name_and_byline_features() -> None:
    assert is_name("Agrupación Xango") and is_name("Ana Ruiz and Tom Berg")
    assert is_name("Maria da Silva") and not is_name("the Editors of the paper")
    assert byline_parts("By Ana Ruiz on March 4, 2019") is not None
    posted = byline_parts("Posted on March 4, 2019 by admin")
    assert posted is not None and (posted.author, posted.date) == ("admin", "March 4, 2019")
    assert byline_parts("Eduardo Molina") is None  # a name alone is decided by its place
    assert credit_word("according to Reuters.") is None


def explain(text: str) -> dict[str, str]:
    """Line text -> deciding rule, for the context rules."""
    digest = digestparse.parse(text)
    lines = text.splitlines()
    return {lines[d.line - 1].strip(" •"): d.rule for d in digest.explain()}


SUMMARY = "Drivers stopped work on Monday after managers imposed new shifts without talks."
SUMMARY2 = "Head teachers say they cannot find cover for sick staff this winter."


def test_caption_above_headline_and_near_miss_in_one_block() -> None:
    rules = explain(f"Strikers outside\nBus Drivers Walk Out\n\n{SUMMARY}\n")
    assert rules["Strikers outside"] == "caption.above_headline"
    # With no blank lines at all the block says nothing: a name goes to the article above.
    rules = explain(
        f"Bus Drivers Walk Out\n{SUMMARY}\nAna Ruiz\nMarch 3, 2024\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    assert rules["Ana Ruiz"] == "byline.after_summary"


def test_caption_repeats_headline() -> None:
    rules = explain(f"  • Schools Short of Staff\n\n    Schools Short of Staff\n\n    {SUMMARY}\n")
    assert rules["Schools Short of Staff"] in {"caption.repeats_headline", "headline.nearest_title"}
    digest = digestparse.parse(f"Schools Short of Staff\n\nSchools Short of Staff\n\n{SUMMARY}\n")
    assert digest[0].caption == digest[0].headline == "Schools Short of Staff"


def test_caption_item_start_and_near_miss_outside_items() -> None:
    digest = digestparse.parse(
        f"  • Children at the gate\n\n    Schools Short of Staff\n\n    {SUMMARY}\n"
    )
    assert digest[0].caption == "Children at the gate"
    digest = digestparse.parse(f"Children at the gate\n\nSchools Short of Staff\n\n{SUMMARY}\n")
    assert digest[0].caption is None and digest.noise[0].text == "Children at the gate"


def test_kicker_label_and_near_miss_as_page_section() -> None:
    digest = digestparse.parse(f"Opinion\nThe Case Against the Stadium\n\n{SUMMARY}\n")
    assert digest[0].kicker == "Opinion"
    # A section label alone above the first article names the page.
    digest = digestparse.parse(f"Opinion\n\nThe Case Against the Stadium\n\n{SUMMARY}\n")
    assert digest[0].kicker is None and [n.text for n in digest.noise] == ["Opinion"]


def test_a_site_section_above_a_headline_is_its_kicker_not_a_byline() -> None:
    text = f"Transport\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\nBusiness\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    # Every article shows its section apart: the first one's is its kicker too.
    assert [(a.kicker, a.byline) for a in digest] == [("Transport", None), ("Business", None)]
    assert list(digest.noise) == []


@pytest.mark.parametrize(
    ("line", "kicker"),
    [
        ("News | Labor", True),
        ("Opinion | Housing", True),
        ("World › Middle East", True),
        ("ANALYSIS / CLIMATE", True),
        # Near misses: a headline after its label, two names, parts with no label.
        ("Opinion | Why Rents Rise", False),
        ("Ana Ruiz | Tom Berg", False),
        ("Harbour | Ferries", False),
    ],
)
def test_a_path_of_sections_is_a_kicker_label(line: str, kicker: bool) -> None:
    assert (Features(line).kicker is not None) is kicker


@pytest.mark.parametrize(
    ("line", "kicker"),
    [
        ("Dossier no. 72", True),
        ("Notebook nº 6", True),
        ("Episode #14", True),
        ("Folge 12", True),
        ("Ausgabe 3/2024", True),
        ("Cuaderno núm. 3", True),
        # Near misses: no number, a word no series is named by, more after the number.
        ("Notebook", False),
        ("Apollo 13", False),
        ("Episode 14 of the strike", False),
    ],
)
def test_a_series_name_and_number_is_a_kicker_label(line: str, kicker: bool) -> None:
    assert (Features(line).kicker is not None) is kicker


def test_a_numbered_series_glued_over_a_headline_is_its_kicker() -> None:
    text = (
        "Dossier no. 72\nThe Struggle for Land in the Southern Cone\nMarch 2024\n\n"
        "Notebook no. 6\nWomen Workers in the Garment Belt\nJanuary 2024\n"
    )
    assert [(a.caption, a.kicker) for a in digestparse.parse(text)] == [
        (None, "Dossier no. 72"),
        (None, "Notebook no. 6"),
    ]


def _labelled(labels: list[str], *, apart: bool) -> str:
    heads = ["Bus Drivers Walk Out", "Schools Short of Staff", "The Ferry Timetable Changes"]
    # Apart, a name-like title right under a summary would sign it: bylines stand there.
    gap, signed = ("\n\n", "By Ana Ruiz\n\n") if apart else ("\n", "")
    return "".join(
        f"{label}{gap}{head}\n\n{summary}\n\n{signed}"
        for label, head, summary in zip(labels, heads, [SUMMARY, SUMMARY2, SUMMARY], strict=True)
    )


@pytest.mark.parametrize("apart", [True, False])
def test_a_capitalised_title_between_labelled_articles_is_a_label_too(apart: bool) -> None:
    digest = digestparse.parse(_labelled(["Opinion", "Workers' Struggles", "Science"], apart=apart))
    assert [(a.caption, a.kicker) for a in digest] == [
        (None, "Opinion"),
        (None, "Workers' Struggles"),
        (None, "Science"),
    ]
    assert "kicker.like_others" in {d.rule for d in digest.explain()}
    off = Options(disabled_rules=frozenset({"kicker.like_others"}))
    digest = digestparse.parse(
        _labelled(["Opinion", "Workers' Struggles", "Science"], apart=apart), options=off
    )
    assert digest[1].kicker is None


@pytest.mark.parametrize(
    "labels",
    [
        # Alt text is written as a phrase, not capitalised word by word.
        ["Opinion", "Strikers outside the depot", "Science"],
        # Labels on one side only: the title may be the next article's picture.
        ["Opinion", "Harbour Cranes", "Ferry Queue"],
    ],
)
def test_near_misses_of_a_title_between_labelled_articles(labels: list[str]) -> None:
    digest = digestparse.parse(_labelled(labels, apart=False))
    assert digest[1].caption == labels[1] and digest[1].kicker is None


@pytest.mark.parametrize("apart", [True, False])
def test_one_word_over_most_headlines_is_a_label(apart: bool) -> None:
    labels = ["Mietendeckel", "Nahverkehr", "Pflege"]  # no word list knows them
    digest = digestparse.parse(_labelled(labels, apart=apart))
    assert [(a.caption, a.kicker) for a in digest] == [(None, label) for label in labels]
    assert "kicker.like_others" in {d.rule for d in digest.explain()}


@pytest.mark.parametrize(
    "labels",
    [
        ["CRISIS HABITACIONAL", "ENTREVISTA A LA SECRETARIA GENERAL DEL SINDICATO", "EDUCACIÓN"],
        ["ENTREVISTA A LA SECRETARIA GENERAL DEL SINDICATO", "CRISIS HABITACIONAL"],
    ],
)
def test_a_longer_line_in_capitals_among_labels_in_capitals_is_a_kicker(
    labels: list[str],
) -> None:
    heads = ["Bus Drivers Walk Out", "Schools Short of Staff", "The Ferry Timetable Changes"]
    text = "\n".join(
        f"{label}\n{head}\n{SUMMARY}\nPor Ana Ruiz\n"
        for label, head in zip(labels, heads, strict=False)
    )
    assert [(a.caption, a.kicker) for a in digestparse.parse(text)] == [
        (None, label) for label in labels
    ]
    # Near miss: among labels not in capitals, it stays the picture's alt text.
    lower = text.replace("CRISIS HABITACIONAL", "Crisis habitacional").replace(
        "EDUCACIÓN", "Educación"
    )
    long_label = "ENTREVISTA A LA SECRETARIA GENERAL DEL SINDICATO"
    assert long_label not in [a.kicker for a in digestparse.parse(lower)]


@pytest.mark.parametrize(
    ("labels", "kickers"),
    [
        # The lexicon's labels count as such words: "Analysis" over one headline.
        (["Analysis", "Frontline"], ["Analysis", "Frontline"]),
        # Near miss: among pictures ("… Cartoon"), one word is alt text, "Palestine" too.
        (["Palestine", "Lenin", "Cuba Embargo Cartoon"], [None, None, None]),
    ],
)
def test_one_word_over_headlines_counts_the_lexicons_labels(
    labels: list[str], kickers: list[str | None]
) -> None:
    heads = ["Bus Drivers Walk Out", "Schools Short of Staff", "The Ferry Timetable Changes"]
    text = "".join(
        f"{label}\n{head}\n\n{SUMMARY}\n\n" for label, head in zip(labels, heads, strict=False)
    )
    assert [a.kicker for a in digestparse.parse(text)] == kickers


@pytest.mark.parametrize(
    ("labels", "captions"),
    [
        # One such word alone: alt text can be one word too ("Tsipras").
        (["Mietendeckel", "Drivers outside the depot", "Schools in the valley"], [0, 1, 2]),
        # Two of four titles over headlines: not most of them.
        (["Mietendeckel", "Nahverkehr", "Drivers at the depot", "Harbour at dusk"], [0, 1, 2, 3]),
        # A file name is no label.
        (["IMG_0412", "DSC-2231", "Schools in the valley"], [0, 1, 2]),
    ],
)
def test_near_misses_of_one_word_over_headlines(labels: list[str], captions: list[int]) -> None:
    heads = ["Bus Drivers Walk Out", "Schools Short of Staff", "The Ferry Timetable Changes"]
    heads += ["Harbour Wall Repairs Begin"]
    text = "".join(
        f"{label}\n{head}\n\n{SUMMARY}\n\n" for label, head in zip(labels, heads, strict=False)
    )
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == heads[: len(labels)]
    assert [n for n, a in enumerate(digest) if a.caption is not None] == captions
    assert all(a.kicker is None for a in digest)


def test_a_title_case_headline_of_two_sentences_under_a_label() -> None:
    text = (
        f"Analysis\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"Opinion | Housing\n\nRent Control Works. Here Is the Evidence.\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.kicker, a.headline, a.summary) for a in digest] == [
        ("Analysis", "Bus Drivers Walk Out", SUMMARY),
        ("Opinion | Housing", "Rent Control Works. Here Is the Evidence.", SUMMARY2),
    ]


def test_a_section_apart_above_the_first_article_names_the_page_unless_the_others_show_one() -> (
    None
):
    articles = [
        ("Bus Drivers Walk Out", SUMMARY),
        ("Schools Short of Staff", SUMMARY2),
        ("The Ferry Timetable Changes", SUMMARY),
        ("Council Sells the Old Library", SUMMARY2),
    ]

    def listing(labels: list[str | None]) -> str:
        return "".join(
            (f"{label}\n\n" if label else "") + f"{headline}\n\n{summary}\n\n"
            for label, (headline, summary) in zip(labels, articles, strict=True)
        )

    labelled = digestparse.parse(listing(["Transport", "Business", "Politics", None]))
    assert [a.kicker for a in labelled] == ["Transport", "Business", "Politics", None]
    # Near miss: one other article of three with its section apart is no pattern.
    one = listing(["Transport", "Business", None, None])
    assert [a.kicker for a in digestparse.parse(one)] == [None, "Business", None, None]
    assert explain(one)["Transport"] == "noise.page_title"


def test_a_name_under_most_headlines_is_their_byline() -> None:
    text = f"Bus Drivers Walk Out\nAna Ruiz\n{SUMMARY}\n\nSchools Short of Staff\nTom Berg\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.caption) for a in digest] == [
        ("Bus Drivers Walk Out", "Ana Ruiz", None),
        ("Schools Short of Staff", "Tom Berg", None),
    ]
    assert explain(text)["Ana Ruiz"] == "byline.under_headline"
    # Near misses: a name-like headline glued under its caption (layout A), and a
    # name under one headline only, which the listing does not confirm.
    text = f"Cranes at dusk\nBudget Approved\n\n{SUMMARY}\n\nEmpty desks\nTeachers Quit\n\n{SUMMARY2}\n"
    assert [(a.caption, a.headline) for a in digestparse.parse(text)] == [
        ("Cranes at dusk", "Budget Approved"),
        ("Empty desks", "Teachers Quit"),
    ]
    text = f"Bus Drivers Walk Out\nAna Ruiz\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert digestparse.parse(text)[0].byline is None


def test_a_name_with_its_role_under_most_headlines_is_their_byline() -> None:
    text = (
        f"Bus Drivers Walk Out\nAna Ruiz, University of Leeds\n{SUMMARY}\n\n"
        f"Schools Short of Staff\nTom Berg, Unite the Union\n{SUMMARY2}\n"
    )
    assert [(a.headline, a.byline) for a in digestparse.parse(text)] == [
        ("Bus Drivers Walk Out", "Ana Ruiz, University of Leeds"),
        ("Schools Short of Staff", "Tom Berg, Unite the Union"),
    ]
    # Near miss: a role that runs on is no role.
    long_role = "Ana Ruiz, Who Walked Out of the Depot With Forty Others"
    text = f"Bus Drivers Walk Out\n{long_role}\n{SUMMARY}\n\nSchools Short of Staff\nTom Berg, Unite the Union\n{SUMMARY2}\n"
    assert digestparse.parse(text)[0].byline is None


@pytest.mark.parametrize("chrome", ["5 min read", "Share", "Pages 201–224", "pp. 12-30"])
def test_chrome_between_a_name_and_the_summary_hides_no_byline(chrome: str) -> None:
    text = (
        f"Bus Drivers Walk Out\nAna Ruiz\n{chrome}\n{SUMMARY}\n\n"
        f"Schools Short of Staff\nTom Berg\n{chrome}\n{SUMMARY2}\n"
    )
    assert Features(chrome).chrome is not None
    assert [(a.caption, a.headline, a.byline) for a in digestparse.parse(text)] == [
        (None, "Bus Drivers Walk Out", "Ana Ruiz"), (None, "Schools Short of Staff", "Tom Berg")
    ]  # fmt: skip
    # Near miss: phrases that are no names under the headlines sign nothing.
    alt = text.replace("Ana Ruiz", "Picket at the gates").replace("Tom Berg", "Empty desks")
    assert {a.byline for a in digestparse.parse(alt)} == {None}


@pytest.mark.parametrize("line", ["Pages of History", "S. Africa Votes", "Page Turners"])
def test_near_miss_words_about_pages_that_give_no_range(line: str) -> None:
    assert Features(line).chrome is None


def test_a_role_in_capitals_counts_no_words_of_the_name_under_a_short_headline() -> None:
    # "Health Correspondent" reads as a second name: only "Tom Berg" is measured
    # against the headline above, which is longer.
    text = (
        f"Bus Drivers Walk Out Again\nAna Ruiz, Staff Writer\n{SUMMARY}\n\n"
        f"Nurses Reject Pay Offer\nTom Berg, Health Correspondent\n{SUMMARY2}\n\n"
        f"The Price of Bread\nLena Marsh, Contributing Writer\n{SUMMARY}\n"
    )
    assert [(a.caption, a.headline, a.byline) for a in digestparse.parse(text)] == [
        (None, "Bus Drivers Walk Out Again", "Ana Ruiz, Staff Writer"),
        (None, "Nurses Reject Pay Offer", "Tom Berg, Health Correspondent"),
        (None, "The Price of Bread", "Lena Marsh, Contributing Writer"),
    ]
    # Near miss: two titles of one name each under a name: a caption and its headline.
    text = f"Ana Ruiz\nTom Berg, Lena Marsh\n{SUMMARY}\n\nOwen Pryce\nPriya Nair, Dan Ferro\n{SUMMARY2}\n"
    assert [a.byline for a in digestparse.parse(text)] == [None, None]


@pytest.mark.parametrize(
    ("above", "between", "rule"),
    [
        ("", "", "byline.above_date"),
        ("", "•\n", "byline.above_date"),
        # A byline's marker alone on its line goes on with the name below.
        *((f"{marker}\n", "", "byline.marker") for marker in ("By", "by", "Written by", "Por")),
        ("Autor:\n", "", "byline.marker"),
    ],
)
def test_a_name_over_the_date_under_a_headline_is_the_author(
    above: str, between: str, rule: str
) -> None:
    text = (
        f"Bus Drivers Walk Out Again\n{above}Ana Ruiz\n{between}March 4, 2019\n{SUMMARY}\n\n"
        f"Nurses Reject Pay Offer\n{above}Tom Berg\n{between}March 3, 2019\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.byline, a.date) for a in digest] == [
        (None, "Bus Drivers Walk Out Again", "Ana Ruiz", "March 4, 2019"),
        (None, "Nurses Reject Pay Offer", "Tom Berg", "March 3, 2019"),
    ]
    # (A marker's unit is decided on its first line.)
    assert explain(text)[above.strip() or "Tom Berg"] == rule
    if rule == "byline.above_date":
        off = Options(disabled_rules=frozenset({rule}))
        headlines = [a.headline for a in digestparse.parse(text, options=off)]
        assert headlines == ["Ana Ruiz", "Tom Berg"]
    # Near miss: a name over a name no longer than it: a caption over a headline.
    text = f"Ana Ruiz\nTom Berg\nMarch 4, 2019\n{SUMMARY}\n"
    assert [(a.caption, a.headline) for a in digestparse.parse(text)] == [("Ana Ruiz", "Tom Berg")]


@pytest.mark.parametrize(
    "facts",
    ["Ana Ruiz\nMarch 4, 2019\n", "March 4, 2019\nAna Ruiz\n"],
    ids=["name-date", "date-name"],
)
def test_a_name_next_to_its_date_above_the_headline_is_the_author(facts: str) -> None:
    text = (
        f"{facts}Bus Drivers Walk Out Again\n{SUMMARY}\n\n"
        f"{facts.replace('Ana Ruiz', 'Tom Berg').replace('4', '3')}Nurses Reject Pay Offer\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.byline, a.date) for a in digest] == [
        (None, "Ana Ruiz", "March 4, 2019"),
        (None, "Tom Berg", "March 3, 2019"),
    ]
    assert explain(text)["Tom Berg"] == "byline.above_date"
    # Near misses: alt text over the date stays a caption; with the rule off
    # the name is one too (the first article's a page title).
    alt = text.replace("Ana Ruiz", "Drivers at the depot gate").replace(
        "Tom Berg", "Nurses on the ward"
    )
    assert [a.caption for a in digestparse.parse(alt)] == [
        "Drivers at the depot gate",
        "Nurses on the ward",
    ]
    off = Options(disabled_rules=frozenset({"byline.above_date"}))
    assert [a.byline for a in digestparse.parse(text, options=off)] == [None, None]
    assert digestparse.parse(text, options=off)[1].caption == "Tom Berg"


@pytest.mark.parametrize("headline", ["Strike Ends Today", "Mayor Resigns Yesterday", "Vote Heute"])
def test_a_headline_ending_with_a_day_named_in_words_is_no_byline(headline: str) -> None:
    assert kind(headline) == (Kind.TITLE, "title.default")
    digest = digestparse.parse(f"{headline}\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n")
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        (headline, None, None),
        ("Schools Short of Staff", None, None),
    ]
    # Near misses: a sign between the name and the day, or a date with its number.
    assert kind("Ana Ruiz · Today")[0] is Kind.BYLINE
    assert kind("Ana Ruiz, Yesterday")[0] is Kind.BYLINE
    assert kind("Ana Ruiz 4 May 2021")[0] is Kind.BYLINE


def test_facts_parted_by_slashes_under_a_headline_are_no_part_of_it() -> None:
    text = (
        f"Bus Drivers Walk Out\nby Ana Ruiz / March 4, 2019 / 2 Comments\n\n{SUMMARY}\n\n"
        f"Nurses Reject Pay Offer\nby Tom Berg / March 3, 2019 / Leave a comment\n\n{SUMMARY2}\n"
    )
    assert [(a.headline, a.byline, a.date) for a in digestparse.parse(text)] == [
        ("Bus Drivers Walk Out", "Ana Ruiz", "March 4, 2019"),
        ("Nurses Reject Pay Offer", "Tom Berg", "March 3, 2019"),
    ]
    # Near misses: a slash inside a word or a date parts nothing; no date, no facts.
    assert kind("Ana Ruiz/Tom Berg, 4/3/2019")[0] is not Kind.BYLINE
    assert kind("Paris / Berlin / Rome")[0] is not Kind.BYLINE


def test_a_marked_author_before_a_line_of_facts() -> None:
    line = "Por Ana Ruiz | Fuente: El Puerto | 30/11/2026"
    assert kind(line) == (Kind.BYLINE, "byline.marker")
    digest = digestparse.parse(f"Bus Drivers Walk Out\n{line}\n{SUMMARY}\n")
    assert [(a.byline, a.date) for a in digest] == [("Ana Ruiz", "30/11/2026")]
    # Near misses: what follows the separator runs on like a clause.
    assert (
        kind("By Ana Ruiz | who covered the strike for the paper, on the night shift.")[0]
        is not Kind.BYLINE
    )
    assert kind("By Ana Ruiz | March 4, 2019 — Two years after it was")[0] is not Kind.BYLINE


def test_names_between_articles_without_blank_lines_sign_the_article_above() -> None:
    third = "Lena Marsh"
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nAna Ruiz\nNurses Reject Pay Offer\n{SUMMARY2}\n"
        f"Tom Berg\nThe Price of Bread\n{SUMMARY}\n{third}\n"
    )
    expected = [
        (None, "Bus Drivers Walk Out", "Ana Ruiz"),
        (None, "Nurses Reject Pay Offer", "Tom Berg"),
        (None, "The Price of Bread", third),
    ]
    assert [(a.caption, a.headline, a.byline) for a in digestparse.parse(text)] == expected
    # Every article but the first with a name over it tells as much without the last name.
    cut = text.removesuffix(f"{third}\n")
    assert [(a.caption, a.byline) for a in digestparse.parse(cut)] == [
        (None, "Ana Ruiz"),
        (None, "Tom Berg"),
        (None, None),
    ]
    # Near misses: one name between, nothing under the last summary: a caption,
    # as the first article may simply have no picture; a name over the first
    # headline too: captions.
    one = f"Bus Drivers Walk Out\n{SUMMARY}\nAna Ruiz\nNurses Reject Pay Offer\n{SUMMARY2}\n"
    assert [a.caption for a in digestparse.parse(one)] == [None, "Ana Ruiz"]
    over = f"Owen Pryce\n{cut}"
    assert [a.caption for a in digestparse.parse(over)] == ["Owen Pryce", "Ana Ruiz", "Tom Berg"]


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_dash_before_a_name_alone_on_its_line_is_a_byline(dash: str) -> None:
    assert kind(f"{dash} Ana Ruiz") == (Kind.BYLINE, "byline.marker")
    text = f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{dash} Ana Ruiz\n\nSchools Short of Staff\n\n{SUMMARY2}\n\n{dash} Tom Berg\n"
    assert [(a.caption, a.byline) for a in digestparse.parse(text)] == [
        (None, "Ana Ruiz"),
        (None, "Tom Berg"),
    ]
    # Near misses: no name after the dash; a hyphen, which also marks a bulleted item.
    assert kind(f"{dash} Read the full story")[0] is not Kind.BYLINE
    assert kind("- Ana Ruiz")[0] is not Kind.BYLINE
    # With no blank lines, an en dash (a bullet too) before a name under a sentence
    # signs it; before the words of a list it stays the item's bullet.
    glued = text.replace("\n\n", "\n")
    assert [a.byline for a in digestparse.parse(glued)] == ["Ana Ruiz", "Tom Berg"]
    listed = glued.replace(f"{dash} Ana Ruiz", f"{dash} bread and milk")
    assert digestparse.parse(listed)[0].byline is None


def test_alt_text_under_title_case_headlines_is_their_caption() -> None:
    text = (
        f"Bus Drivers Walk Out Over Shifts\nDrivers outside the depot on Saturday\n{SUMMARY}\n\n"
        f"Schools Short of Staff This Winter\nAn empty classroom in the east of the city\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline) for a in digest] == [
        ("Drivers outside the depot on Saturday", "Bus Drivers Walk Out Over Shifts"),
        ("An empty classroom in the east of the city", "Schools Short of Staff This Winter"),
    ]
    assert explain(text)["Drivers outside the depot on Saturday"] == "caption.under_headline"
    # Near misses: a title-case line under a title-case one is a headline under
    # its caption (layout A); a label over a sentence-case headline is its
    # kicker; one such pair is no pattern.
    seed_like = f"Tractors Parked Outside the Town Hall\nFarmers Block the Ring Road\n{SUMMARY}\n"
    assert digestparse.parse(seed_like)[0].caption == "Tractors Parked Outside the Town Hall"
    kicker = (
        f"Analyse\nLes cheminots reconduisent la grève\n{SUMMARY}\n\n"
        f"Chronique\nLes infirmières manifestent à Lyon\n{SUMMARY2}\n"
    )
    assert [a.kicker for a in digestparse.parse(kicker)] == ["Analyse", "Chronique"]
    one = text.split("\n\n")[0] + "\n"
    assert digestparse.parse(one)[0].headline == "Drivers outside the depot on Saturday"


def test_headlines_over_their_dates_without_summaries_are_articles() -> None:
    text = "Latest\n\nBus Drivers Walk Out\nMarch 3, 2024\n\nSchools Short of Staff\nBy Ana Ruiz\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        ("Bus Drivers Walk Out", None, "March 3, 2024"),
        ("Schools Short of Staff", "Ana Ruiz", None),
    ]
    assert explain(text)["Bus Drivers Walk Out"] == "headline.with_facts"
    # Near misses: one title over a date is a page's title and date; with a
    # summary anywhere in the listing, articles anchor on summaries as ever.
    assert len(digestparse.parse("The Evening Digest\nMarch 4, 2019\n")) == 0
    text = f"Bus Drivers Walk Out\nMarch 3, 2024\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    assert [a.headline for a in digestparse.parse(text)] == ["Schools Short of Staff"]


#: Two headlines in sentence case, and in title case.
_SENTENCE_CASE = (
    "Rent strikes spread to four more cities",
    "Bus drivers win a raise after a strike",
)
_TITLE_CASE = ("Rent Strikes Spread to Four More Cities", "Bus Drivers Win a Raise After a Strike")


def _bare(first: str, second: str, heads: tuple[str, str] = _SENTENCE_CASE) -> str:
    """Two headlines without summaries over their dates, a title glued over each."""
    return f"Latest\n\n{first}\n{heads[0]}\nMarch 3, 2024\n\n{second}\n{heads[1]}\nMarch 2, 2024\n"


@pytest.mark.parametrize(
    ("first", "second", "field", "rule", "heads"),
    [
        # A label is no headline whose teaser the line under it would be.
        ("ECONOMY", "LABOUR", "kicker", "kicker.label", _SENTENCE_CASE),
        (
            "Drivers outside the depot on Monday",
            "Children at the school gates",
            "caption",
            "caption.above_headline",
            _TITLE_CASE,
        ),
        ("The Harbour Herald", "Valley Press", "byline", "byline.over_headline", _TITLE_CASE),
    ],
)
def test_a_title_glued_over_a_headline_without_summary_belongs_to_it(
    first: str, second: str, field: str, rule: str, heads: tuple[str, str]
) -> None:
    # A section label is its kicker; a name over every headline its source
    # (an aggregator's page); other titles its picture's caption.
    text = _bare(first, second, heads)
    digest = digestparse.parse(text)
    assert [(getattr(a, field), a.headline, a.date) for a in digest] == [
        (first, heads[0], "March 3, 2024"),
        (second, heads[1], "March 2, 2024"),
    ]
    decided = explain(text)
    assert decided[second] == rule
    assert decided[heads[0]] == "headline.with_facts"
    # With the rule off, the title is noise and the headlines the same.
    off = digestparse.parse(text, options=Options(disabled_rules=frozenset({rule})))
    assert [(getattr(a, field), a.headline) for a in off] == [(None, a.headline) for a in digest]
    assert [n.text for n in off.noise] == ["Latest", first, second]


def test_near_misses_of_titles_over_headlines_without_summaries() -> None:
    # Each label alone in a block of its own over its headline is its kicker
    # too; one alone over the first headline is the page's section.
    labels = _bare("ECONOMY", "LABOUR")
    apart = labels.replace("ECONOMY\n", "ECONOMY\n\n").replace("LABOUR\n", "LABOUR\n\n")
    assert [a.kicker for a in digestparse.parse(apart)] == ["ECONOMY", "LABOUR"]
    one = labels.replace("ECONOMY\n", "ECONOMY\n\n").replace("LABOUR\n", "")
    assert [a.kicker for a in digestparse.parse(one)] == [None, None]
    assert explain(one)["ECONOMY"] == "noise.page_title"
    # A title that is no label is no kicker.
    plain = labels.replace("ECONOMY", "Rent Strikes").replace("LABOUR", "Bus Drivers")
    assert all(a.kicker is None for a in digestparse.parse(plain))
    # A name over one headline, alt text over the other: both captions.
    mixed = _bare("Drivers outside the depot on Monday", "Valley Press", _TITLE_CASE)
    assert [a.caption for a in digestparse.parse(mixed)] == [
        "Drivers outside the depot on Monday",
        "Valley Press",
    ]


def test_an_age_glued_under_a_headline_dates_it_and_heads_no_group() -> None:
    # No blank lines: source, headline, age, over and over.
    text = (
        "Top stories for you\nThe Estuary Gazette\nPort Authority Delays Vote on New Terminal\n"
        "2 hours ago\nNorthgate Evening News\nHospital Trust Reopens Its Maternity Ward\n"
        "4 hours ago\nThe Valley Courier\nFarmers and Walkers Agree a Footpath Route\nYesterday\n"
        "Full coverage\n"
    )
    assert [(a.headline, a.date) for a in digestparse.parse(text)] == [
        ("Port Authority Delays Vote on New Terminal", "2 hours ago"),
        ("Hospital Trust Reopens Its Maternity Ward", "4 hours ago"),
        ("Farmers and Walkers Agree a Footpath Route", "Yesterday"),
    ]
    # As with a blank line closing each article, where the block tells.
    parted = text.replace("ago\n", "ago\n\n").replace("you\n", "you\n\n")
    parted = parted.replace("Yesterday\n", "Yesterday\n\n")
    assert list(digestparse.parse(parted)) == list(digestparse.parse(text))


def test_headlines_under_date_headings_without_summaries_are_articles() -> None:
    text = (
        "News Archive\n\nMONDAY, MARCH 4, 2019\n\nBus Drivers Walk Out\n\nSchools Short of Staff\n\n"
        "SUNDAY, MARCH 3, 2019\n\nLibrary Opens on Sundays\nBy Ana Ruiz\n\nFerry Fares Frozen\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        ("Bus Drivers Walk Out", None, "MONDAY, MARCH 4, 2019"),
        ("Schools Short of Staff", None, "MONDAY, MARCH 4, 2019"),
        ("Library Opens on Sundays", "Ana Ruiz", "SUNDAY, MARCH 3, 2019"),
        ("Ferry Fares Frozen", None, "SUNDAY, MARCH 3, 2019"),
    ]
    decided = explain(text)
    assert decided["Ferry Fares Frozen"] == "headline.under_date_heading"
    assert decided["SUNDAY, MARCH 3, 2019"] == "date.heading"
    assert decided["News Archive"] == "noise.page_title"
    # Titles each over a byline, under one heading: the heading dates them all.
    signed = (
        "MARCH 4, 2019\n\nBus Drivers Walk Out\nBy Ana Ruiz\nSchools Short of Staff\nBy Tom Berg\n"
    )
    assert [a.date for a in digestparse.parse(signed)] == ["MARCH 4, 2019"] * 2
    # Near misses: one title under a date is a page's date and title; words
    # alone under a date are links; where dates are said to trail their
    # articles, each dates the title above it; titles over their dates are
    # read that way, as before.
    assert len(digestparse.parse("March 4, 2019\n\nThe Evening Digest\n")) == 0
    assert len(digestparse.parse("March 4, 2019\n\nHome\n\nArchive\n\nContact\n")) == 0
    trailer = digestparse.parse(text, options=Options(date_headings="trailer"))
    assert [(a.headline, a.date) for a in trailer][:2] == [
        ("News Archive", "MONDAY, MARCH 4, 2019"),
        ("Schools Short of Staff", "SUNDAY, MARCH 3, 2019"),
    ]
    trailing = "Bus Drivers Walk Out\nMarch 4, 2019\n\nSchools Short of Staff\nMarch 3, 2019\n"
    assert [a.date for a in digestparse.parse(trailing)] == ["March 4, 2019", "March 3, 2019"]
    assert explain(trailing)["Bus Drivers Walk Out"] == "headline.with_facts"


def test_a_section_name_glued_above_the_first_headline_is_the_page_title() -> None:
    text = f"Latin America\nBus Drivers Walk Out\n{SUMMARY}\nSchools Short of Staff\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [a.caption for a in digest] == [None, None]
    assert explain(text)["Latin America"] == "noise.page_title"
    # Near misses: a caption glued to the first headline over a summary in its
    # own block (layout A); a listing whose other articles have captions too.
    alone = f"Drivers at the depot\nBus Drivers Walk Out\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    assert [a.caption for a in digestparse.parse(alone)] == ["Drivers at the depot", None]
    more = f"Drivers at the depot\nBus Drivers Walk Out\n{SUMMARY}\nEmpty desks\nSchools Short of Staff\n{SUMMARY2}\n"
    assert [a.caption for a in digestparse.parse(more)] == ["Drivers at the depot", "Empty desks"]


def test_the_name_of_a_part_of_the_listing_is_no_caption_nor_byline() -> None:
    text = (
        f"Featured\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\nLatest\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\nMost read\nLibrary Opens on Sundays\n\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.byline) for a in digest] == [(None, None)] * 3
    assert [n.text for n in digest.noise] == ["Featured", "Latest", "Most read"]
    # Near miss: a headline that opens with such words is a headline.
    assert digestparse.parse(f"Latest Figures Show a Fall\n\n{SUMMARY}\n")[0].headline == (
        "Latest Figures Show a Fall"
    )


def test_a_title_over_the_first_of_teasers_is_the_page_title() -> None:
    third = "Crane operators at the port voted by a wide margin to walk out next week."
    text = f"Harbour Notes\n\n{SUMMARY}\n\n{SUMMARY2}\n\n{third}\n"
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == [None, None, None]
    assert explain(text)["Harbour Notes"] == "noise.page_title"
    # Near misses: a single article has its headline; so does a title in the
    # teaser's own block, and one beside another headlined article.
    assert digestparse.parse(f"Harbour Notes\n\n{SUMMARY}\n")[0].headline == "Harbour Notes"
    glued = f"Harbour Notes\n{SUMMARY}\n\n{SUMMARY2}\n\n{third}\n"
    assert digestparse.parse(glued)[0].headline == "Harbour Notes"
    mixed = f"Harbour Notes\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n\n{third}\n"
    assert digestparse.parse(mixed)[0].headline == "Harbour Notes"


def test_with_no_blank_lines_a_label_over_the_first_of_teasers_is_the_page_title() -> None:
    third = "Crane operators at the port voted by a wide margin to walk out next week."
    text = f"Harbour Notes\n{SUMMARY}\nRead More\n{SUMMARY2}\nRead More\n{third}\n"
    assert [a.headline for a in digestparse.parse(text)] == [None, None, None]
    assert explain(text)["Harbour Notes"] == "noise.page_title"
    # A phrase as short as a label is no teaser's headline either.
    short = text.replace("Harbour Notes", "Reader picks")
    assert explain(short)["Reader picks"] == "noise.page_title"
    # Near misses: a headline written as a longer phrase; a label whose teaser has
    # a block of its own (the blank lines tell, as above).
    phrase = text.replace("Harbour Notes", "Crane drivers walk out")
    assert digestparse.parse(phrase)[0].headline == "Crane drivers walk out"
    apart = f"Harbour Notes\n{SUMMARY}\n\n{SUMMARY2}\n\n{third}\n"
    assert digestparse.parse(apart)[0].headline == "Harbour Notes"


@pytest.mark.parametrize(
    "caption", ["Image", "Picketers at the depot gates. Photo: Ana Ruiz", "Pickets at the gates"]
)
def test_with_no_blank_lines_a_label_over_the_first_caption_is_the_page_title(
    caption: str,
) -> None:
    text = (
        f"Local News\n{caption}\nBus Drivers Walk Out\n{SUMMARY}\n"
        f"Image\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.kicker) for a in digest] == [(caption, None), ("Image", None)]
    assert [n.text for n in digest.noise] == ["Local News"]
    # Near misses: where another article has a kicker the label is the first's
    # kicker too; alt text over its credit is one caption.
    kicked = text.replace("Image\nSchools", "Image\nEDUCATION\nSchools")
    assert digestparse.parse(kicked)[0].kicker == "Local News"
    if caption.startswith("Picketers"):
        alt = text.replace("Local News", "Drivers at the depot gates")
        assert digestparse.parse(alt)[0].caption == f"Drivers at the depot gates {caption}"


def test_a_place_glued_over_a_headline_among_alt_texts_is_alt_text_too() -> None:
    third = "Crane operators at the port voted by a wide margin to walk out next week."
    pictures = (
        f"Drivers at the depot gates\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"An empty classroom\nSchools Short of Staff\n\n{SUMMARY2}\n\n"
    )
    text = pictures + f"Chile\nDockers Set a Strike Date\n\n{third}\n"
    assert [(a.caption, a.kicker) for a in digestparse.parse(text)][-1] == ("Chile", None)
    assert explain(text)["Chile"] == "caption.above_headline"
    # Near misses: a kind of piece names no picture; with labels as many as the
    # pictures, or an article with both, the label stays the kicker.
    genre = text.replace("Chile\n", "Analysis\n")
    assert [(a.caption, a.kicker) for a in digestparse.parse(genre)][-1] == (None, "Analysis")
    labels = text.replace("An empty classroom\n", "Politics\n")
    assert [a.kicker for a in digestparse.parse(labels)] == [None, "Politics", "Chile"]
    both = text.replace("An empty classroom\n", "An empty classroom\nEDUCATION\n")
    assert digestparse.parse(both)[-1].kicker == "Chile"


def test_a_label_over_the_first_headline_with_its_own_credit_is_the_pages() -> None:
    # No blank lines; each picture's credit under its headline: a label over the
    # first headline alone is the page's title, as where no article has a picture.
    text = (
        f"News\nBus Drivers Walk Out\nPhoto: Ana Ruiz\n{SUMMARY}\n"
        f"Schools Short of Staff\nPhoto: Tom Berg\n{SUMMARY2}\n"
        f"Dockers Set a Strike Date\nPhoto: Lena Marsh\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.kicker) for a in digest] == [
        ("Photo: Ana Ruiz", None),
        ("Photo: Tom Berg", None),
        ("Photo: Lena Marsh", None),
    ]
    assert explain(text)["News"] == "noise.page_title"
    # Near miss: the other articles show labels over their headlines too.
    labelled = text.replace("\nSchools", "\nEducation\nSchools").replace(
        "\nDockers", "\nLabour\nDockers"
    )
    assert [a.kicker for a in digestparse.parse(labelled)] == ["News", "Education", "Labour"]


def test_a_place_opening_a_listing_without_blank_lines_among_alt_texts_is_the_pages() -> None:
    third = "Crane operators at the port voted by a wide margin to walk out next week."
    text = (
        f"Latin America\nBus Drivers Walk Out\n{SUMMARY}\n"
        f"Drivers at the depot gates\nSchools Short of Staff\n{SUMMARY2}\n"
        f"An empty classroom\nDockers Set a Strike Date\n{third}\n"
    )
    digest = digestparse.parse(text)
    assert [a.caption for a in digest] == [None, "Drivers at the depot gates", "An empty classroom"]
    assert explain(text)["Latin America"] == "noise.page_title"
    # Near miss: glued over a headline alone in its block (the teaser apart), the
    # place is the first article's alt text, as among the pictures below.
    apart = text.replace(f"\n{SUMMARY}\n", f"\n\n{SUMMARY}\n\n").replace(
        f"\n{SUMMARY2}\n", f"\n\n{SUMMARY2}\n\n"
    )
    assert digestparse.parse(apart)[0].caption == "Latin America"


@pytest.mark.parametrize(
    ("title", "picture"),
    [
        ("Cuba Embargo Cartoon", True),
        ("Marx Portrait", True),
        ("Caricatura de Marx", True),
        # One word, a picture's noun inside, or none: a label may read so.
        ("Portrait", False),
        ("Photo Essays From the Coast", False),
        ("Workers' Struggles", False),
    ],
)
def test_a_title_saying_what_picture_it_is(title: str, picture: bool) -> None:
    from digestparse.regions import names_picture

    assert names_picture(title) is picture


def test_a_title_saying_what_picture_it_is_stays_alt_text_between_labels() -> None:
    text = (
        f"Chile\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"Cuba Embargo Cartoon\nSchools Short of Staff\n\n{SUMMARY2}\n\n"
        f"Peru\nDockers Set a Strike Date\n\n{SUMMARY}\n"
    )
    assert digestparse.parse(text)[1].caption == "Cuba Embargo Cartoon"
    # Near miss: a label the word lists do not know, between known ones, is one too.
    labelled = text.replace("Cuba Embargo Cartoon", "Workers' Struggles")
    assert digestparse.parse(labelled)[1].kicker == "Workers' Struggles"


def test_lone_title_between_articles_is_a_caption() -> None:
    digest = digestparse.parse(
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nEmpty classroom\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    )
    assert digest[1].caption == "Empty classroom"


def test_a_lone_title_where_alt_text_is_glued_is_a_headline_alone() -> None:
    # Layout A: alt text glued over its headline; a title in a block of its own
    # between two articles is a headline without its summary, no caption.
    glued = (
        f"Depot gates at dawn\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"Empty classroom\nSchools Short of Staff\n\n{SUMMARY2}\n\n"
        f"Ferry Crews Accept the New Rota\n\nLibrary Hours Cut Again\n\n{SUMMARY}\n"
    )
    digest = digestparse.parse(glued)
    assert [(a.caption, a.headline, a.summary) for a in digest] == [
        ("Depot gates at dawn", "Bus Drivers Walk Out", SUMMARY),
        ("Empty classroom", "Schools Short of Staff", SUMMARY2),
        (None, "Ferry Crews Accept the New Rota", None),
        (None, "Library Hours Cut Again", SUMMARY),
    ]
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)
    # Near miss: glued once only, the shape is not shown: the title is the caption.
    once = glued.replace("Depot gates at dawn\n", "")
    assert digestparse.parse(once)[2].caption == "Ferry Crews Accept the New Rota"
    # Near miss: labels glued over the headlines are kickers, no alt text.
    labelled = glued.replace("Depot gates at dawn", "TRANSPORT").replace(
        "Empty classroom", "EDUCATION"
    )
    assert digestparse.parse(labelled)[2].caption == "Ferry Crews Accept the New Rota"


def test_a_phrase_over_a_headline_alone_where_alt_text_is_glued_is_its_caption() -> None:
    text = (
        f"Depot gates at dawn\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        "Ferry crews at the quay\nFerry Crews Accept the New Rota\n\n"
        f"Empty classroom\nSchools Short of Staff\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert (digest[1].caption, digest[1].headline, digest[1].summary) == (
        "Ferry crews at the quay",
        "Ferry Crews Accept the New Rota",
        None,
    )
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)
    # Near misses: alt text glued once only, or a line under the phrase in
    # sentence case, as a teaser is written: a headline and its short teaser.
    for other in (
        text.replace("Depot gates at dawn\n", ""),
        text.replace("Ferry Crews Accept the New Rota", "Crews accept the new rota at last"),
    ):
        pair = digestparse.parse(other)[1]
        assert (pair.caption, pair.headline) == (None, "Ferry crews at the quay")


def test_a_lone_title_over_a_kicker_and_headline_is_the_caption() -> None:
    text = (
        f"Drivers at the depot gates\n\nTRANSPORT\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"An empty classroom at dusk\n\nEDUCATION\nSchools Short of Staff\n\n{SUMMARY2}\n\n"
        f"A ferry leaving the harbour\n\nTravel\nFerry Crews Accept the New Rota\n\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.kicker) for a in digest] == [
        ("Drivers at the depot gates", "TRANSPORT"),
        ("An empty classroom at dusk", "EDUCATION"),
        ("A ferry leaving the harbour", "Travel"),
    ]
    assert explain(text)["A ferry leaving the harbour"] == "caption.lone_title"
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)
    # Near miss: with no caption standing alone between articles, the line over
    # the first article is the page's title.
    alone = text.split("\n\nAn empty")[0] + "\n"
    assert [line.text for line in digestparse.parse(alone).noise] == ["Drivers at the depot gates"]


def test_a_label_glued_like_the_others_is_the_kicker_under_the_caption() -> None:
    # No blank lines: "Travel" is no known label, but stands where the others do.
    text = (
        f"Drivers at the depot gates\nTRANSPORT\nBus Drivers Walk Out\n{SUMMARY}\n"
        f"An empty classroom at dusk\nTravel\nFerry Crews Accept the New Rota\n{SUMMARY2}\n"
        f"A ferry leaving the harbour\nEDUCATION\nSchools Short of Staff\n{SUMMARY}\n"
    )
    assert [(a.caption, a.kicker) for a in digestparse.parse(text)] == [
        ("Drivers at the depot gates", "TRANSPORT"),
        ("An empty classroom at dusk", "Travel"),
        ("A ferry leaving the harbour", "EDUCATION"),
    ]


def test_near_miss_a_name_where_names_sign_the_summaries_is_no_label() -> None:
    text = (
        f"ECONOMY\nBus Drivers Walk Out\n{SUMMARY}\nAna Ruiz\n"
        f"POLITICS\nFerry Crews Accept the New Rota\n{SUMMARY2}\nTom Berg\n"
        f"Schools Short of Staff\n{SUMMARY}\nMia Lind\n"
        f"SPORT\nThe Harbour Club Wins Its First Cup\n{SUMMARY2}\nAna Ruiz\n"
    )
    digest = digestparse.parse(text)
    assert [(a.kicker, a.byline) for a in digest] == [
        ("ECONOMY", "Ana Ruiz"),
        ("POLITICS", "Tom Berg"),
        (None, "Mia Lind"),
        ("SPORT", "Ana Ruiz"),
    ]


_CAPTIONED = (
    "Walkers on the ridge above the reservoir at first light\n\nBus Drivers Walk Out\n\n"
    f"{SUMMARY}\n\nAn empty classroom at dusk\n\nSchools Short of Staff\n\n{SUMMARY2}\n\n"
    f"A ferry leaving the harbour\n\nFerry Crews Accept the New Rota\n\n{SUMMARY}\n"
)


@pytest.mark.parametrize("title", ["Outdoors", "The Northern Valleys", "Cultura"])
def test_the_page_title_over_the_first_lone_caption_leaves_it_the_caption(title: str) -> None:
    # Read alone, "Outdoors" / "Walkers on the ridge …" are a headline and its teaser.
    text = f"{title}\n\n{_CAPTIONED}"
    digest = digestparse.parse(text)
    assert [a.caption for a in digest] == [
        "Walkers on the ridge above the reservoir at first light",
        "An empty classroom at dusk",
        "A ferry leaving the harbour",
    ]
    assert [line.text for line in digest.noise] == [title]
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)


def test_near_misses_a_headline_and_its_teaser_on_top_of_captioned_articles() -> None:
    # A headline longer than a page's name keeps its teaser.
    text = f"Notes From the Reservoir Path\n\n{_CAPTIONED}"
    first = digestparse.parse(text)[0]
    assert (first.headline, first.summary) == (
        "Notes From the Reservoir Path",
        "Walkers on the ridge above the reservoir at first light",
    )
    # The listing's other summaries are short teasers too: so is this one.
    teasers = f"Outdoors\n\n{_CAPTIONED}".replace(SUMMARY, "Sailings return to normal from Monday")
    first = digestparse.parse(teasers)[0]
    assert first.summary == "Walkers on the ridge above the reservoir at first light"


def test_an_age_without_ago_after_the_section_dates_the_article() -> None:
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nTransport · 2h\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\nEducation · 1d\n\n"
        f"Ferry Crews Accept the New Rota\n\n{SUMMARY}\n\nBusiness · 3d\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.date) for a in digest] == [(None, "2h"), (None, "1d"), (None, "3d")]
    assert digest[1].published_as_of(datetime.date(2024, 3, 10)) == datetime.date(2024, 3, 9)
    # Rendered, an age stands after a separator, as it must to read as a date.
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)
    with_authors = [attrs.evolve(a, byline="harbourdesk") for a in digest]
    assert list(digestparse.parse(digestparse.render(with_authors))) == with_authors


_DEKS = (
    "The union says the new rota leaves drivers with no weekends at all this summer",
    "Head teachers say they cannot find cover for sick staff and fear closures",
    "Volunteers carry slates up the hill and the waiting list is two years long",
)


def _essays(captions: list[str], names: list[str]) -> str:
    heads = ["Bus Drivers Walk Out", "Schools Short of Staff", "Who Keeps the Huts Dry?"]
    return "".join(
        (f"{caption}\n\n" if caption else "") + f"{head}\n\n{dek}\n\n{name}\n\n"
        for caption, head, dek, name in zip(captions, heads, _DEKS, names, strict=True)
    )


def test_names_in_capitals_between_articles_sign_the_one_above() -> None:
    text = _essays(["", "", ""], ["ANA RUIZ", "TOM BERG", "MIA LIND"])
    digest = digestparse.parse(text)
    assert [(a.kicker, a.byline) for a in digest] == [
        (None, "ANA RUIZ"),
        (None, "TOM BERG"),
        (None, "MIA LIND"),
    ]
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)


def test_names_in_capitals_sign_the_summary_above_with_no_blank_line_at_all() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nANA RUIZ\nSchools Short of Staff\n{SUMMARY2}\n"
        f"TOM BERG\nWho Keeps the Huts Dry?\n{SUMMARY3}\nMIA LIND\n"
    )
    assert [(a.kicker, a.byline) for a in digestparse.parse(text)] == [
        (None, "ANA RUIZ"),
        (None, "TOM BERG"),
        (None, "MIA LIND"),
    ]


def test_near_misses_capitals_between_articles_stay_labels() -> None:
    # No name under the last summary: each is the next headline's kicker.
    text = _essays(["", "", ""], ["ANA RUIZ", "TOM BERG", ""]).replace("\n\n\n\n", "\n\n")
    assert [a.kicker for a in digestparse.parse(text)] == [None, "ANA RUIZ", "TOM BERG"]
    # A section the lexicon knows is a label wherever names stand.
    text = _essays(["", "", ""], ["ANA RUIZ", "LATIN AMERICA", "MIA LIND"])
    assert [a.kicker for a in digestparse.parse(text)] == [None, None, "LATIN AMERICA"]


def test_sentences_alone_over_headlines_with_their_deks_are_captions() -> None:
    captions = [
        "A crowd of strikers outside the depot gates in 1984.",
        "An empty classroom at the end of the day. (Getty Images)",
        "A hut with a turf roof under low cloud.",
    ]
    text = _essays(captions, ["Ana Ruiz", "Tom Berg & Mia Lind", "Mia Lind"])
    digest = digestparse.parse(text)
    assert [(a.caption, a.summary, a.byline) for a in digest] == [
        (captions[0], _DEKS[0], "Ana Ruiz"),
        (captions[1], _DEKS[1], "Tom Berg & Mia Lind"),
        (captions[2], _DEKS[2], "Mia Lind"),
    ]
    assert explain(text)[captions[2]] == "caption.sentence_above_headline"
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)


def test_near_misses_of_sentences_alone_over_headlines() -> None:
    # No credit anywhere: headline-less teasers, each over an article, as render writes them.
    teasers = (
        Article(summary=SUMMARY2),
        Article(headline="Bus Drivers Walk Out", summary=SUMMARY, byline="Ana Ruiz"),
        Article(summary=SUMMARY3),
        Article(headline="Schools Short of Staff", summary=SUMMARY2),
    )
    assert digestparse.parse(digestparse.render(teasers)).articles == teasers
    # Shown once only: a teaser without a headline may open a listing.
    captions = ["A crowd of strikers outside the depot gates in 1984.", "", ""]
    text = _essays(captions, ["Ana Ruiz", "Tom Berg", "Mia Lind"])
    assert digestparse.parse(text)[0].caption is None
    # The first article without alt text: its summary, over the author, stays its own.
    captions = [
        "",
        "A crowd of strikers outside the depot gates in 1984.",
        "A hut with a turf roof under low cloud. (Getty Images)",
    ]
    text = _essays(captions, ["ANA RUIZ", "TOM BERG", "MIA LIND"]).replace(
        _DEKS[0], "They are the last indoor places where nobody asks you to buy anything."
    )
    first = digestparse.parse(text)[0]
    assert (first.caption, first.headline, first.byline) == (
        None,
        "Bus Drivers Walk Out",
        "ANA RUIZ",
    )
    # Under a headline, a sentence is its summary, though another follows the next.
    text = f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n\n"
    text += f"Ferry Crews Accept the New Rota\n\n{SUMMARY}\n"
    assert [a.caption for a in digestparse.parse(text)] == [None, None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Ana Ruiz at 10:32 AM",
        "Publicado por Ana Ruiz en 7:45",
        "Eingestellt von Ana Ruiz um 10:32",
        "Postado por Ana Ruiz às 10h32",
        # The comment count pasted onto the same line.
        "Posted by Ana Ruiz at 10:32 AM 3 comments:",
        "Posted by Ana Ruiz at 10:32 AM No comments:",
        "Publicado por Ana Ruiz a las 9:14 p. m. No hay comentarios:",
    ],
)
def test_a_blogs_time_of_day_after_the_marked_author_is_no_part_of_the_name(line: str) -> None:
    parts = byline_parts(line)
    assert parts is not None and (parts.author, parts.date) == ("Ana Ruiz", None)
    text = f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{line}\nNo comments:\n\n"
    text += f"Schools Short of Staff\n\n{SUMMARY2}\n\n{line}\n3 comments:\n"
    assert [(a.headline, a.byline) for a in digestparse.parse(text)] == [
        ("Bus Drivers Walk Out", "Ana Ruiz"),
        ("Schools Short of Staff", "Ana Ruiz"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz at 10:32 AM",
        "By the sea at 10:30",
        "Ana Ruiz at 10:32 AM 3 comments",
        "Posted by Ana Ruiz 3 comments",  # a count only after the blog's time
    ],
)
def test_near_misses_a_time_after_no_marked_name(line: str) -> None:
    assert byline_parts(line) is None


@pytest.mark.parametrize(
    "line", ["No hay comentarios:", "Sin comentarios", "Keine Kommentare", "Aucun commentaire"]
)
def test_no_comments_in_any_language_is_chrome(line: str) -> None:
    assert extract(line).chrome is not None
    assert extract("No, comments are closed on weekends").chrome is None


@pytest.mark.parametrize(
    "line",
    [
        "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
        "Share to Facebook",
        "Labels: boat shed, repairs",
        "Marcadores: praia, inverno",
    ],
)
def test_a_blogs_share_buttons_and_labels_are_chrome(line: str) -> None:
    assert extract(line).chrome is not None


@pytest.mark.parametrize("line", ["Search for:", "Search this site", "Rechercher sur le site :"])
def test_a_search_boxs_label_is_chrome(line: str) -> None:
    assert extract(line).chrome is not None
    # Above the first article it is no headline of the teaser under it.
    text = f"{line}\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    assert [a.headline for a in digestparse.parse(text)] == [None, "Schools Short of Staff"]


def test_a_date_with_the_day_it_was_updated_dates_the_article_by_the_first() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n30/11/2026 - 10:32 | Atualizado em 30/11/2026 - 14:05\n\n"
        f"Schools Short of Staff\n{SUMMARY2}\n29/11/2026 - 08:15\n"
    )
    digest = digestparse.parse(text)
    assert [a.date for a in digest] == ["30/11/2026 - 10:32", "29/11/2026 - 08:15"]
    assert not digest.noise


_SIGNED_ARTICLES = (
    f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nAna Ruiz\n\nMarch 4, 2024\n\n"
    f"Schools Short of Staff\n\n{SUMMARY2}\n\nTom Berg\n\nMarch 3, 2024\n"
)
_DESCRIPTION = "News and analysis from the workplace, every week."


@pytest.mark.parametrize("name", ["Labour", "Category: Labour"])
def test_a_section_pages_description_over_signed_articles_is_the_pages(name: str) -> None:
    text = f"{name}\n\n{_DESCRIPTION}\n\n{_SIGNED_ARTICLES}"
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out", "Schools Short of Staff"]
    assert [line.text for line in digest.noise] == [name, _DESCRIPTION]
    assert explain(text)[_DESCRIPTION] == "noise.page_description"
    off = Options(disabled_rules=frozenset({"noise.page_description"}))
    assert len(digestparse.parse(text, options=off)) == 3


def test_a_section_pages_description_over_bulleted_items_is_the_pages() -> None:
    items = (
        f"  • Bus Drivers Walk Out\n\n    {SUMMARY}\n\n"
        f"  • Schools Short of Staff\n\n    {SUMMARY2}\n"
    )
    text = f"Archives: Labour\n\n{_DESCRIPTION}\n\n{items}"
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out", "Schools Short of Staff"]
    assert explain(text)[_DESCRIPTION] == "noise.page_description"
    # Near miss: in a bulleted item of its own, the sentence is an article's teaser.
    bulleted = f"Archives: Labour\n\n  • {_DESCRIPTION}\n\n{items}"
    assert len(digestparse.parse(bulleted)) == 3


_TEASER = "A second count is due on Friday."
_UNSIGNED_ARTICLES = (
    f"Bus Drivers Walk Out\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n\n"
    f"The Ferry Timetable Changes\n{_TEASER}\n"
)


@pytest.mark.parametrize("name", ["Labour", "Category: Labour", "Archives: Labour"])
@pytest.mark.parametrize("site", ["", "The Weekly Review\n\n"])
def test_a_section_pages_description_over_headlined_articles_is_the_pages(
    name: str, site: str
) -> None:
    # Where every article below has a headline and the sentence none but the page's name.
    text = f"{site}{name}\n\n{_DESCRIPTION}\n\n{_UNSIGNED_ARTICLES}"
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == [
        "Bus Drivers Walk Out",
        "Schools Short of Staff",
        "The Ferry Timetable Changes",
    ]
    site_name = ["The Weekly Review"] if site else []
    assert [line.text for line in digest.noise] == [*site_name, name, _DESCRIPTION]
    assert explain(text)[_DESCRIPTION] == "noise.page_description"


@pytest.mark.parametrize("name", ["Labour", "Category: Labour"])
def test_a_section_pages_description_over_headlines_alone_is_the_pages(name: str) -> None:
    # No summary anywhere: the headlines over their sources and ages are the articles.
    listing = (
        "Dock Strike Enters Its Second Week\nThe Harbour Herald\n2 hours ago\n\n"
        "Council Delays the Vote on Bus Lanes\nNorthgate Evening News\n5 hours ago\n"
    )
    text = f"{name}\n\n{_DESCRIPTION}\n\n{listing}"
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        (a.headline, a.byline, a.date) for a in digestparse.parse(listing)
    ]
    assert len(digest) == 2
    assert explain(text)[_DESCRIPTION] == "noise.page_description"
    # Near miss: a second sentence in the listing makes it one with summaries.
    other = text.replace("2 hours ago\n", f"2 hours ago\n{SUMMARY}\n")
    assert "headline.with_facts" not in {d.rule for d in digestparse.parse(other).explain()}


@pytest.mark.parametrize(
    "text",
    [
        # A headline that names no section: a notice, an article of its own.
        f"We Are Taking a Break\n\n{_DESCRIPTION}\n\n{_SIGNED_ARTICLES}",
        # Cut short: an article's teaser.
        f"Labour\n\n{_DESCRIPTION[:-1]} […]\n\n{_SIGNED_ARTICLES}",
        # An article below has no headline: the sentence may be a teaser like it.
        f"Labour\n\n{_DESCRIPTION}\n\n{_UNSIGNED_ARTICLES}\nThe vote was close, and the count went on all night.\n",
        # Under a title that names no archive or section, a headline-less teaser.
        f"The Weekly Review\n\n{_DESCRIPTION}\n\n{_UNSIGNED_ARTICLES}",
    ],
)
def test_a_page_description_near_misses(text: str) -> None:
    assert len(digestparse.parse(text)) >= 3
    assert "noise.page_description" not in {d.rule for d in digestparse.parse(text).explain()}


_RANKED = "1. Why the Budget Failed\n2. A Week on the Picket Line\n3. The Rent Strike Spreads"


@pytest.mark.parametrize("heading", ["Most read", "Lo más leído", "Meistgelesen"])
def test_headlines_under_most_read_below_an_article_are_links_not_articles(heading: str) -> None:
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{heading}\n\n{_RANKED}\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out", "Schools Short of Staff"]
    assert len(digest.noise) == 4
    assert explain(text)["2. A Week on the Picket Line"] == "noise.ranking"
    # Below headlines with their dates, where no article has a summary, too.
    dated = text.replace(f"{SUMMARY}\n", "March 4, 2024\n").replace(
        f"{SUMMARY2}\n", "March 3, 2024\n"
    )
    assert [a.headline for a in digestparse.parse(dated)] == [
        "Bus Drivers Walk Out",
        "Schools Short of Staff",
    ]
    off = Options(disabled_rules=frozenset({"noise.ranking"}))
    assert len(digestparse.parse(text, options=off)) == 5


def test_headlines_under_most_read_near_misses() -> None:
    # At the top, the heading names the page and its headlines are its articles.
    top = f"Most read\n\n{_RANKED}\n"
    assert [a.headline for a in digestparse.parse(top)] == [
        "Why the Budget Failed",
        "A Week on the Picket Line",
        "The Rent Strike Spreads",
    ]
    # A title with its summary under it in the list's block heads an article.
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nMost read\n"
        f"Why the Budget Failed\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    assert [a.headline for a in digestparse.parse(text)][-1] == "Schools Short of Staff"


_RELATED = "Why the Budget Failed\nA Week on the Picket Line\nThe Rent Strike Spreads"


@pytest.mark.parametrize("heading", ["Related", "You may also like", "Lea también", "Lire aussi"])
def test_headlines_in_a_related_box_below_an_article_are_links_not_articles(heading: str) -> None:
    # Headlines glued under their summaries: the list's last line over the next
    # article's summary, a blank line between, is no headline of it.
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n\n{heading}\n\n{_RELATED}\n\n"
        f"{SUMMARY3}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        ("Bus Drivers Walk Out", SUMMARY),
        (None, SUMMARY3),
        ("Schools Short of Staff", SUMMARY2),
    ]
    assert [line.text for line in digest.noise] == [heading, *_RELATED.splitlines()]
    # So where the headline above stands alone in its block, its summary apart
    # (layout B), and where no title stands over the summaries (layout E).
    apart = text.replace(f"Walk Out\n{SUMMARY}", f"Walk Out\n\n{SUMMARY}")
    assert explain(apart)["The Rent Strike Spreads"] == "noise.ranking"
    teasers = text.replace("Bus Drivers Walk Out\n", "").replace("Schools Short of Staff\n", "")
    assert [(a.headline, a.summary) for a in digestparse.parse(teasers)] == [
        (None, SUMMARY), (None, SUMMARY3), (None, SUMMARY2)
    ]  # fmt: skip
    # Near misses: a box of one line may be a headline over the next summary, as
    # may the last line where the headline above stands under its picture's alt
    # text in its block (layout A): the lines above it read as alt text.
    one = apart.replace(_RELATED, "The Rent Strike Spreads")
    assert explain(one)["The Rent Strike Spreads"] == "headline.nearest_title"
    pictured = apart.replace(
        "Bus Drivers Walk Out\n", "Pickets at the depot gates\nBus Drivers Walk Out\n"
    )
    assert explain(pictured)["The Rent Strike Spreads"] != "noise.ranking"


def test_the_short_titles_in_a_block_of_the_sites_menu_are_its_links() -> None:
    menu = "Home\nNews\nLatin America\nAbout\nContact"
    text = f"{menu}\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        (None, SUMMARY),
        ("Schools Short of Staff", SUMMARY2),
    ]
    assert [line.text for line in digest.noise] == menu.splitlines()
    assert explain(text)["News"] == "noise.menu"
    off = Options(disabled_rules=frozenset({"noise.menu"}))
    assert digestparse.parse(text, options=off)[0].headline == "Latin America"


@pytest.mark.parametrize(
    "menu",
    [
        # The site's sections alone, four at least, in one block.
        "World\nPolitics\nEconomy\nCulture\nSport",
        # Each alone in its block, one after the other.
        "Home\n\nWorld\n\nPolitics\n\nEconomy",
    ],
)
def test_a_menu_of_sections_gives_no_headline(menu: str) -> None:
    text = f"{menu}\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        (None, SUMMARY),
        ("Schools Short of Staff", SUMMARY2),
    ]
    assert [line.text for line in digest.noise] == [line for line in menu.splitlines() if line]


def test_the_last_of_a_menu_over_a_title_is_left_to_the_rules_that_tell_labels() -> None:
    # Each section alone in its block, the last over a headline: the first
    # article's label, or the page's (here, as without the menu over it).
    head = f"Sport\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    text = f"Home\n\nWorld\n\nPolitics\n\nEconomy\n\n{head}"
    assert list(digestparse.parse(text)) == list(digestparse.parse(head))
    rules = explain(text)
    assert (rules["Economy"], rules["Sport"]) == ("noise.menu", "noise.page_title")


@pytest.mark.parametrize(
    "block",
    [
        # One link a menu has: the title under it is the first headline.
        "Home\nNews\nLatin America",
        # A headline too long for a menu's link.
        "Home\nAbout\nBus Drivers Walk Out Again",
        # Three sections only, the last a short headline the lexicon does not know.
        "World\nPolitics\nRent Strike Wins",
        "Home\n\nWorld\n\nPolitics\n\nRent Strike Wins",
    ],
)
def test_a_menu_block_near_misses(block: str) -> None:
    text = f"{block}\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    assert "noise.menu" not in {d.rule for d in digestparse.parse(text).explain()}
    assert digestparse.parse(text)[0].headline == block.splitlines()[-1]


def test_a_list_of_counted_archives_or_categories_is_chrome() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n\nArchives\nNovember 2026 (12)\nOctober 2026 (9)\n\n"
        f"Categorías\n\nLaboral (31)\nTransporte (12)\n\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out", "Schools Short of Staff"]
    assert [line.text for line in digest.noise] == [
        "Archives", "November 2026 (12)", "October 2026 (9)",
        "Categorías", "Laboral (31)", "Transporte (12)",
    ]  # fmt: skip
    assert explain(text)["Laboral (31)"] == "noise.widget"
    # Months in lower case under the heading: a list, not a paragraph wrapped narrow.
    lower = text.replace("November 2026", "novembro 2026").replace("October 2026", "outubro 2026")
    assert [a.headline for a in digestparse.parse(lower)] == [
        "Bus Drivers Walk Out",
        "Schools Short of Staff",
    ]
    assert len(digestparse.parse(lower).noise) == 6


def test_near_miss_one_headline_with_a_count_is_a_headline() -> None:
    text = f"Brexit Diaries (12)\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert digestparse.parse(text)[0].headline == "Brexit Diaries (12)"


def test_headlines_alone_with_author_and_date_after_a_dash_are_split() -> None:
    heads = ["Bus Drivers Walk Out Over Rotas", "Schools Short of Staff This Winter"]
    heads.append("Ferry Crews Accept the New Rota")
    facts = [
        "Ana Ruiz, 30 November 2026",
        "Tom Berg, 29 November 2026",
        "Mia Lind, 28 November 2026",
    ]
    text = "From the archive\n\n" + "".join(
        f"{head} — {fact}\n" for head, fact in zip(heads, facts, strict=True)
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        (heads[0], "Ana Ruiz", "30 November 2026"),
        (heads[1], "Tom Berg", "29 November 2026"),
        (heads[2], "Mia Lind", "28 November 2026"),
    ]
    assert [line.text for line in digest.noise] == ["From the archive"]
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)
    # Near miss: a comma before the date with no author's name before it stays.
    assert headline_date("Why the Strike Spreads – What We Know, 30 November 2026") is None


def test_a_section_name_alone_after_a_summary_signs_nothing() -> None:
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nOpinion\n\n"
        f"Mia Lind\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    assert digestparse.parse(text)[0].byline is None
    # Near miss: a name there does.
    assert digestparse.parse(text.replace("Opinion", "Ana Ruiz"))[0].byline == "Ana Ruiz"


@pytest.mark.parametrize("word", ["Image", "Foto", "Featured image"])
@pytest.mark.parametrize("apart", ["\n", "\n\n"])
def test_the_word_an_image_without_alt_text_pastes_as_is_its_caption(word: str, apart: str) -> None:
    text = (
        f"{word}{apart}Bus Drivers Walk Out\n{SUMMARY}\n\n"
        f"{word}{apart}Schools Short of Staff\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.kicker, a.byline) for a in digest] == [(word, None, None)] * 2
    assert explain(text)[word] == "caption.credit"


def test_near_miss_a_repeated_label_over_headlines_stays_a_kicker() -> None:
    text = f"Video\nBus Drivers Walk Out\n{SUMMARY}\n\nVideo\nSchools Short of Staff\n{SUMMARY2}\n"
    assert [(a.caption, a.kicker) for a in digestparse.parse(text)] == [(None, "Video")] * 2


def test_three_headlines_glued_in_a_block_are_a_box_not_a_headline_and_teaser() -> None:
    box = [
        "Teachers' strike spreads to the northern provinces",
        "Council delays the vote on bus lanes again",
        "Harbour Club wins its first cup in a late final",
    ]
    text = f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n" + "\n".join(box) + "\n\n"
    text += f"Schools Short of Staff\n\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest][1:4] == [(head, None) for head in box]


def test_near_misses_of_a_box_of_headlines() -> None:
    # Alt text, a headline and a teaser half as long again, glued: one article.
    text = (
        "Drivers at the depot gates at dawn\nBus drivers walk out over the new rotas\n"
        "Crane operators and drivers say the new shifts leave them with no weekends at all\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n"
    )
    first = digestparse.parse(text)[0]
    assert (first.headline, first.summary) == (
        "Bus drivers walk out over the new rotas",
        "Crane operators and drivers say the new shifts leave them with no weekends at all",
    )
    # Title-case headlines and sentence-case standfirsts alternating, no blank lines.
    text = (
        "Ferry Crews Accept the New Rota\nSailings return to normal from Monday\n"
        "Why the Coast Road Keeps Falling Into the Sea\nGeologists blame the clay under the cliffs\n"
    )
    assert [a.summary for a in digestparse.parse(text)] == [
        "Sailings return to normal from Monday",
        "Geologists blame the clay under the cliffs",
    ]


def test_byline_after_summary_needs_a_name() -> None:
    digest = digestparse.parse(
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nTre Kwon\n\nMarch 25, 2016\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    )
    assert (digest[0].byline, digest[0].date) == ("Tre Kwon", "March 25, 2016")
    digest = digestparse.parse(
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nthe state of the roads\n\nMarch 25, 2016\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    )
    assert digest[0].byline is None


def _fields(digest: digestparse.Digest) -> list[tuple[str | None, str | None]]:
    return [(a.byline, a.date) for a in digest]


def test_a_marked_author_outranks_a_word_beside_a_date() -> None:
    # The desk beside the date above the headline, the author after the summary.
    text = (
        f"12.05.2025 | Tribunals\nBus Drivers Walk Out\n{SUMMARY}\nBy Tre Kwon\n\n"
        f"11.05.2025 | Farming\nSchools Short of Staff\n{SUMMARY2}\nVon Ana Ruiz\n"
    )
    digest = digestparse.parse(text)
    assert _fields(digest) == [("Tre Kwon", "12.05.2025"), ("Ana Ruiz", "11.05.2025")]
    assert not digest.noise
    assert explain(text)["12.05.2025 | Tribunals"] == "byline.marked"
    # Both over the summary, either first.
    for facts in (
        "The Ledger · March 4, 2019\nBy Tre Kwon",
        "By Tre Kwon\nThe Ledger · March 4, 2019",
    ):
        text = f"Bus Drivers Walk Out\n{facts}\n{SUMMARY}\n"
        assert _fields(digestparse.parse(text)) == [("Tre Kwon", "March 4, 2019")]
        assert explain(text)["The Ledger · March 4, 2019"] == "byline.marked"
    # A word beside a date after a marked byline may open the next article:
    # the article above does not take its date.
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nBy Tre Kwon\n11.05.2025 | Tribunals\n"
        f"Schools Short of Staff\n{SUMMARY2}\nBy Ana Ruiz\n"
    )
    assert _fields(digestparse.parse(text))[0] == ("Tre Kwon", None)


def test_two_bylines_of_a_kind_keep_the_first() -> None:
    # Near misses: both marked, or both beside a date: nothing outranks the first.
    marked = f"Bus Drivers Walk Out\nBy Tre Kwon\n{SUMMARY}\nBy Ana Ruiz\n"
    assert _fields(digestparse.parse(marked)) == [("Tre Kwon", None)]
    dated = f"Ana Ruiz | 12.05.2025\nBus Drivers Walk Out\n{SUMMARY}\nTre Kwon | 11.05.2025\n"
    assert _fields(digestparse.parse(dated))[0] == ("Ana Ruiz", "12.05.2025")
    # A marked byline with no date of its own beside a name with no date: unchanged.
    timed = f"Bus Drivers Walk Out\nBy Tre Kwon\n{SUMMARY}\nAna Ruiz · 4 min read\n"
    assert _fields(digestparse.parse(timed)) == [("Tre Kwon", None)]


def test_an_items_number_is_no_sentence_end() -> None:
    assert not Features("2. Fishing Fleet Stays in Port as Fuel Prices Rise").inner_sentence
    # Near misses: a number ending a sentence inside the line.
    assert Features(
        "The fleet stayed in port for weeks in 2. Fuel prices rose again"
    ).inner_sentence
    assert Features("Drivers stopped work on Monday. Managers imposed new shifts").inner_sentence


TITLES = (
    "Night Buses Return to the Valley",
    "Lifeguards Vote to Strike Over Rotas",
    "Why the Ferry Terminal Has No Roof",
)


def test_a_listing_of_titles_alone_is_headlines() -> None:
    text = "Most read\n\n" + "\n\n".join(TITLES) + "\n\nLoad more\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [(t, None) for t in TITLES]
    assert [n.text for n in digest.noise] == ["Most read", "Load more"]
    assert explain(text)[TITLES[0]] == "headline.listed"
    # In one block, each under its number, or numbered on its line.
    for shape in ("\n".join(TITLES), "\n".join(f"{n}\n{t}" for n, t in enumerate(TITLES, 1))):
        assert [a.headline for a in digestparse.parse(shape)] == list(TITLES)
    numbered = [f"{n}. {t}" for n, t in enumerate(TITLES, 1)]
    # A numbered list's numbers are set aside as bullets are.
    assert [a.headline for a in digestparse.parse("\n".join(numbered))] == list(TITLES)
    off = Options(disabled_rules=frozenset({"headline.listed"}))
    assert not digestparse.parse(text, options=off)


def test_a_sites_name_over_the_part_of_a_listing_of_titles_alone_is_the_pages() -> None:
    heads = (*TITLES, "Council Buys the Old Bus Depot")
    text = "The Weekly Roundup\n\nMost read\n\n" + "\n\n".join(heads) + "\n"
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == list(heads)
    assert [n.text for n in digest.noise] == ["The Weekly Roundup", "Most read"]
    # A link under the last headline leaves the site's name the page's.
    linked = digestparse.parse(text + "\nMore from the archive →\n")
    assert [a.headline for a in linked] == list(heads)
    assert [n.text for n in linked.noise][:2] == ["The Weekly Roundup", "Most read"]
    # Near miss: a part's heading under every headline, the first one is a headline too.
    every = "".join(f"{t}\n\nMost read\n\n" for t in ("The Weekly Roundup", *heads))
    assert "The Weekly Roundup" not in [n.text for n in digestparse.parse(every).noise]


@pytest.mark.parametrize(
    "text",
    [
        # Two titles only: a page title and a heading as likely as headlines.
        "Night Buses Return to the Valley\n\nLifeguards Vote to Strike Over Rotas\n",
        # More short titles than headline-like ones: a menu.
        "Home\nNews\nSport\nCulture\nAbout us\n" + "\n".join(TITLES),
        # Word soup is no headline.
        "News min. Comments\nmore the March\nread AP more\nthe the the\n",
        # A teaser anchors the usual reading: titles above it are not all headlines.
        "\n\n".join(TITLES) + f"\n\n{SUMMARY}\n",
    ],
)
def test_titles_alone_near_misses(text: str) -> None:
    rules = {d.rule for d in digestparse.parse(text).explain()}
    assert "headline.listed" not in rules


SIGNERS = ("Ana Ruiz", "BBC News", "Reuters")


@pytest.mark.parametrize("case", [str.title, str.capitalize])
def test_a_name_glued_under_each_listed_title_signs_it(case: Callable[[str], str]) -> None:
    # A table of contents or an aggregator's box: headline over author or source.
    titles = [case(t) for t in TITLES]
    text = (
        "Top stories\n\n"
        + "\n\n".join(f"{t}\n{n}" for t, n in zip(titles, SIGNERS, strict=True))
        + "\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline) for a in digest] == list(zip(titles, SIGNERS, strict=True))
    assert [n.text for n in digest.noise] == ["Top stories"]
    assert explain(text)["Ana Ruiz"] == "byline.under_listed"
    # All in one block, and with one title unsigned.
    assert len(digestparse.parse(text.replace("\n\n", "\n"))) == 3
    unsigned = text.replace(f"\n{SIGNERS[1]}", "")
    assert [a.byline for a in digestparse.parse(unsigned)] == ["Ana Ruiz", None, "Reuters"]
    # Where most titles are signed, an unsigned one above them all is the page's title.
    titled = text.replace("Top stories", "The Harbour Quarterly Review")
    assert [n.text for n in digestparse.parse(titled).noise] == ["The Harbour Quarterly Review"]
    off = Options(disabled_rules=frozenset({"byline.under_listed"}))
    assert not digestparse.parse(text, options=off)
    # A name in capitals between two titles signs the one above, and labels none.
    capitals = "\n".join([TITLES[0], TITLES[1], "AAA", TITLES[2]])
    assert [(a.kicker, a.byline) for a in digestparse.parse(capitals)] == [
        (None, None), (None, "AAA"), (None, None)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # The line under is no name: a title and its teaser, or two titles.
        "\n\n".join(f"{t}\nRead the full story" for t in TITLES),
        # A name over a name: no title to sign.
        "\n\n".join(f"Ana Ruiz Reports\n{n}" for n in SIGNERS),
        # The name is as long as the title above it: no longer a headline over it.
        "\n\n".join(TITLES) + "\n\nWhy the Strike Ended\nAna Maria Ruiz Lopez\n",
    ],
)
def test_signed_titles_near_misses(text: str) -> None:
    rules = {d.rule for d in digestparse.parse(text).explain()}
    assert "byline.under_listed" not in rules


def test_a_label_glued_over_each_listed_title_is_its_kicker() -> None:
    # A page of videos and podcasts: label, title, running time or count.
    labels = ("VIDEO", "PODCAST", "GALLERY")
    after = ("4:12", "38 min", "12 photos")
    text = "\n\n".join(f"{k}\n{t}\n{n}" for k, t, n in zip(labels, TITLES, after, strict=True))
    digest = digestparse.parse(text)
    assert [(a.kicker, a.headline) for a in digest] == list(zip(labels, TITLES, strict=True))
    assert [n.text for n in digest.noise] == list(after)
    off = Options(disabled_rules=frozenset({"kicker.label"}))
    assert not digestparse.parse(text, options=off)
    # Near misses: a label in a block of its own names no title; a title under
    # a label no longer than it is no headline of the label's.
    apart = "\n\n".join(f"{k}\n\n{t}" for k, t in zip(labels, TITLES, strict=True))
    assert [a.kicker for a in digestparse.parse(apart)] == [None] * 3
    short = "\n\n".join(f"OPINION PIECES\nStrike {n}" for n in ("Ends", "Spreads", "Holds"))
    assert "kicker.label" not in {d.rule for d in digestparse.parse(short).explain()}


def test_an_unlabelled_title_over_labelled_listed_titles_is_the_pages() -> None:
    labels = ("VIDEO", "PODCAST", "GALLERY")
    labelled = "\n\n".join(f"{k}\n{t}" for k, t in zip(labels, TITLES, strict=True))
    for top in ("The Weekly Roundup", "The Weekly Roundup\n\nWatch and listen"):
        digest = digestparse.parse(f"{top}\n\n{labelled}\n")
        assert [(a.kicker, a.headline) for a in digest] == list(zip(labels, TITLES, strict=True))
        assert [n.text for n in digest.noise] == top.split("\n\n")


def test_one_long_title_in_a_list_of_titles_is_a_headline_too() -> None:
    # One teaser would pair two of five titles: fewer than half, so no pattern.
    titles = [
        *TITLES,
        "Allotment Society Wins Its Fight",
        "Why the new ferry terminal still has no roof at all",
    ]
    text = "\n\n".join(titles) + "\n"
    assert [(a.headline, a.summary) for a in digestparse.parse(text)] == [(t, None) for t in titles]


def test_a_long_list_of_titles_read_in_windows_is_noise() -> None:
    # Read in one window only: a window of titles in a long listing may be
    # a run of them above its first teaser.
    text = "".join(f"{t} Number {n}\n\n" for n in range(1500) for t in TITLES[:1])
    digest = digestparse.parse(text)
    assert not digest and list(digestparse.iter_articles(text)) == []


AUTHORS = ("Ana Ruiz", "Tom Berg", "BBC News")


def test_a_name_under_a_headlines_age_is_its_author() -> None:
    # Headlines without summaries, each over "Published AGE" and the author.
    text = "\n\n".join(
        f"{t}\nPublished {age}\n{name}"
        for t, age, name in zip(
            TITLES, ("2 hours ago", "yesterday", "2 days ago"), AUTHORS, strict=True
        )
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        (TITLES[0], "Ana Ruiz", "2 hours ago"),
        (TITLES[1], "Tom Berg", "yesterday"),
        (TITLES[2], "BBC News", "2 days ago"),
    ]
    # Near misses: a name with a line under it in its block does not end it;
    # one word there may be a place.
    tagged = text.replace("Ana Ruiz", "Ana Ruiz\nPorts")
    assert digestparse.parse(tagged)[0].byline is None
    placed = text.replace("Ana Ruiz", "Eastmere")
    assert digestparse.parse(placed)[0].byline is None


@pytest.mark.parametrize("place", ["Argentina", "South Korea", "Estado Español", "Nahost"])
def test_a_country_or_region_over_a_headline_is_its_kicker(place: str) -> None:
    text = f"{place}\nBus Drivers Walk Out\n\n{SUMMARY}\n"
    assert [(a.kicker, a.caption) for a in digestparse.parse(text)] == [(place, None)]
    assert Features(place).section
    # Near miss: a person's name or a picture's subject there stays the caption.
    for caption in ("Ana Ruiz", "Harbour Cranes"):
        text = f"{caption}\nBus Drivers Walk Out\n\n{SUMMARY}\n"
        assert [(a.kicker, a.caption) for a in digestparse.parse(text)] == [(None, caption)]
    # A bulleted item opens with its picture (layout C): a place there is a map's alt text.
    items = f"  • {place}\n\n    Bus Drivers Walk Out\n\n    {SUMMARY}\n\n"
    items += f"  • Ana Ruiz\n\n    Schools Short of Cover\n\n    {SUMMARY2}\n"
    first = digestparse.parse(items)[0]
    assert (first.kicker, first.caption) == (None, place)


def test_a_section_or_place_under_each_headline_is_a_tag_not_the_author() -> None:
    text = (
        f"Bus Drivers Walk Out\nChile\n{SUMMARY}\n\nSchools Short of Cover\nPolitics\n{SUMMARY2}\n"
    )
    assert [a.byline for a in digestparse.parse(text)] == [None, None]
    assert explain(text)["Chile"] == "noise.section_tag"
    off = Options(disabled_rules=frozenset({"noise.section_tag"}))
    assert [a.byline for a in digestparse.parse(text, options=off)] == ["Chile", "Politics"]
    # Near miss: names there are the authors.
    named = text.replace("Chile", "Ana Ruiz").replace("Politics", "Tom Berg")
    assert [a.byline for a in digestparse.parse(named)] == ["Ana Ruiz", "Tom Berg"]


def test_an_author_after_a_dash_on_half_the_headlines_is_their_byline() -> None:
    text = (
        f"The Price of Bread – Lena Ostrova\n\n{SUMMARY}\n\n"
        f"Why the Port Needs Its Dockers | Tom Berg\n\n{SUMMARY2}\n\n"
        f"Schools Short of Cover\n\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline) for a in digest] == [
        ("The Price of Bread", "Lena Ostrova"),
        ("Why the Port Needs Its Dockers", "Tom Berg"),
        ("Schools Short of Cover", None),
    ]
    assert explain(text)["The Price of Bread – Lena Ostrova"] == "byline.in_headline"
    assert digestparse.parse(digestparse.render(digest)).articles == digest.articles
    off = Options(disabled_rules=frozenset({"byline.in_headline"}))
    assert [a.byline for a in digestparse.parse(text, options=off)] == [None] * 3


@pytest.mark.parametrize(
    "heads",
    [
        # One headline alone: its own words as likely ("Strikes Spread – Ports Close").
        ("The Price of Bread – Lena Ostrova", "Why the Port Needs Its Dockers"),
        # Fewer than half of them end so.
        (
            "The Price of Bread – Lena Ostrova",
            "Why the Port Needs Dockers – Tom Berg",
            "Schools Short of Cover",
            "Night Buses Return",
            "Lifeguards Vote to Strike",
        ),
        # A section or place after the dash, or two words of headline before it.
        ("The Price of Bread – Latin America", "Why the Port Needs Dockers – Middle East"),
        ("Strikes Spread – Ports Close", "Buses Stop – Drivers Walk"),
        # Title-case tails with words no name holds.
        ("Strike Day Three – What We Know", "Budget Talks Collapse – In Pictures"),
        ("The Long Fight for Buses – Part Two", "The Long Fight for Buses – Part Three"),
    ],
)
def test_authors_in_headlines_near_misses(heads: tuple[str, ...]) -> None:
    text = "".join(f"{h}\n\n{SUMMARY}\n\n" for h in heads)
    assert [a.headline for a in digestparse.parse(text)] == list(heads)


def test_headlines_after_the_last_article_follow_a_box_the_listing_shows() -> None:
    box = "\n\n".join(TITLES)
    text = f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{box}\n\nSchools Short of Cover\n\n{SUMMARY2}\n\n{box}\n"
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == [
        "Bus Drivers Walk Out",
        *TITLES,
        "Schools Short of Cover",
        *TITLES,
    ]
    assert not digest.noise
    # Near misses: a footer after chrome, or no box between the articles.
    footer = text + "\nLoad more\n\nThe Harbour Review Weekly\n"
    assert [n.text for n in digestparse.parse(footer).noise][-1] == "The Harbour Review Weekly"
    single = f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nSchools Short of Cover\n\n{SUMMARY2}\n\n{box}\n"
    assert [n.text for n in digestparse.parse(single).noise] == list(TITLES)


DASHED = (
    "Night buses return to the valley – The council restored four routes after a petition.",
    "Lifeguards vote to strike over rotas – Most of the beach posts will close on Sunday.",
)


def test_a_sentence_case_headline_before_a_dash_on_half_the_teasers_splits() -> None:
    text = "".join(f"* {t}\n" for t in DASHED)
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [tuple(t.split(" – ")) for t in DASHED]
    assert explain(text)["* " + DASHED[0]] == "headline.dash_sentence"
    off = Options(disabled_rules=frozenset({"headline.dash_sentence"}))
    assert [a.headline for a in digestparse.parse(text, options=off)] == [None, None]


@pytest.mark.parametrize(
    "teasers",
    [
        # One teaser alone: its own clause may end at the dash.
        (DASHED[0], SUMMARY),
        # Fewer than half of them.
        (DASHED[0], DASHED[1], SUMMARY, SUMMARY2, "A second count is due on Friday."),
        # Lower case after the dash, or a sentence's end before it.
        (
            "Night buses return to the valley – the council restored four routes.",
            "Lifeguards vote to strike over rotas – most beach posts will close.",
        ),
        (
            "Night buses return. The council agreed – Four routes are back in service.",
            "Lifeguards vote. Most agreed – The beach posts will close on Sunday.",
        ),
    ],
)
def test_dash_sentence_headline_near_misses(teasers: tuple[str, ...]) -> None:
    text = "".join(f"* {t}\n" for t in teasers)
    rules = {d.rule for d in digestparse.parse(text).explain()}
    assert "headline.dash_sentence" not in rules


def test_an_article_without_summary_below_the_last_one_keeps_its_facts() -> None:
    head = f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n"
    text = head + "OPINION\nWhy the Night Bus Matters\nBy Ana Ruiz\n28 November 2026\n"
    digest = digestparse.parse(text)
    assert [(a.kicker, a.headline, a.byline, a.date) for a in digest][1] == (
        "OPINION",
        "Why the Night Bus Matters",
        "Ana Ruiz",
        "28 November 2026",
    )
    # Near misses: two words over a date are the page's footer; a title with
    # no facts glued under it stays trailing noise.
    for tail in ("Last updated\n28 November 2026\n", "Why the Night Bus Matters\n"):
        assert len(digestparse.parse(head + tail)) == 1


def test_a_name_ending_the_summarys_block_over_chrome_signs_it() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nAna Ruiz\n@anaruiz\n\n"
        f"Schools Short of Cover\n{SUMMARY2}\nTom Berg\n@tberg\n"
    )
    assert [a.byline for a in digestparse.parse(text)] == ["Ana Ruiz", "Tom Berg"]
    # Near miss: a title after the name in its block is no chrome.
    titled = text.replace("@anaruiz", "Harbour cranes at dusk")
    assert digestparse.parse(titled)[0].byline is None


def test_a_name_glued_between_a_sentence_case_headline_and_its_summary_is_no_teaser() -> None:
    # "Headline" / "Ana Ruiz" / summary, in sentence case: the name is no summary
    # under the headline's teaser, and the headline no teaser of the label.
    text = (
        f"Strike\nNight buses return to the valley after six years\nAna Ruiz\n{SUMMARY}\n\n"
        f"Housing\nLifeguards vote to strike over the summer rotas\nTom Berg\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.kicker, a.headline, a.byline) for a in digest] == [
        ("Strike", "Night buses return to the valley after six years", "Ana Ruiz"),
        ("Housing", "Lifeguards vote to strike over the summer rotas", "Tom Berg"),
    ]
    # Near miss: a title that is no name there signs nothing.
    titled = text.replace("Ana Ruiz", "Harbour cranes at dusk").replace(
        "Tom Berg", "Pickets at the depot"
    )
    assert [a.byline for a in digestparse.parse(titled)] == [None] * len(digestparse.parse(titled))


@pytest.mark.parametrize("label", ["📷 Gallery", "🎧 Podcast", "★ Opinion", "In Pictures"])
def test_a_label_after_an_icon_or_naming_pictures_is_a_kicker(label: str) -> None:
    text = (
        f"{label}\nBus Drivers Walk Out\n{SUMMARY}\n\nVideo\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    assert [a.kicker for a in digestparse.parse(text)] == [label, "Video"]
    # Near miss: an icon before a phrase is no label.
    assert Features("📷 Crowds in the square").kicker is None


@pytest.mark.parametrize("label", ["Grève", "Huelga", "Arbeitskampf", "Féminisme", "LGBTQ+"])
def test_a_movements_topic_is_a_section_label(label: str) -> None:
    assert Features(label).kicker is not None


def test_a_name_over_its_role_after_the_summary_signs_it() -> None:
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nAna Ruiz\nLabour correspondent\n\n"
        f"Schools Short of Cover\n\n{SUMMARY2}\n\nTom Berg\nStaff Writer\n"
    )
    digest = digestparse.parse(text)
    assert [a.byline for a in digest] == ["Ana Ruiz", "Tom Berg"]
    assert [n.text for n in digest.noise] == ["Labour correspondent", "Staff Writer"]
    assert explain(text)["Labour correspondent"] == "noise.role"
    # With no blank lines, the role is no caption of the next headline.
    glued = text.replace("\n\n", "\n")
    assert [(a.caption, a.byline) for a in digestparse.parse(glued)] == [
        (None, "Ana Ruiz"), (None, "Tom Berg")
    ]  # fmt: skip
    # Near misses: a line under the name that names no role; a headline ending with one.
    assert len(digestparse.parse(text.replace("Labour correspondent", "Harbour Cranes"))) == 3
    assert not is_role("Meet the Night Shift Editor Again")


def test_co_authors_parted_by_a_dash_under_the_headline_are_the_byline() -> None:
    text = (
        f"Bus Drivers Walk Out\nANA RUIZ\n{SUMMARY}\n\n"
        f"Schools Short of Staff\nMIA LIND – JOHN OKAFOR\n{SUMMARY2}\n"
    )
    assert [a.byline for a in digestparse.parse(text)] == ["ANA RUIZ", "MIA LIND – JOHN OKAFOR"]
    # Near misses: a headline's parts around a dash are no names.
    assert not is_name("Ferry Strike – The Final Day")
    assert not is_name("Brexit – What Next")


def test_an_academic_role_after_the_name_may_run_long() -> None:
    line = "Ana Ruiz, Senior Lecturer in Geology, University of Eastmere"
    assert name_with_role(line) == "Ana Ruiz"
    text = f"Bus Drivers Walk Out\n{SUMMARY}\n{line}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert digestparse.parse(text)[0].byline == line
    # Near miss: as long, with no word of a post, it is a headline's tail.
    assert name_with_role("Merkel, Macron and Sánchez Agree on a New Deal for the Border") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ports, Strikes, Automation", False),
        ("Health, Pay", False),
        ("Ruiz, Berg and Ostrova", True),
        ("Ana Ruiz, Tom Berg", True),
        ("Reuters, AFP", True),
    ],
)
def test_a_list_of_single_words_with_commas_is_tags_not_names(text: str, names: bool) -> None:
    # A town and its country is a picture's alt text or a dateline, no tags.
    assert Features("Lisbon, Portugal").chrome is None
    assert is_name(text) is names
    if not names:  # nor a name and its role ("Ports" and "Strikes, Automation"): chrome
        assert name_with_role(text) is None
        assert Features(text).chrome == "the line lists the article's tags"


CARDS = (
    ("Ana Ruiz", "@anaruiz", "26 Nov 2026", "Night Buses Return to the Valley"),
    ("Tom Berg", "@tberg", "25 Nov 2026", "Lifeguards Vote to Strike Over Rotas"),
)


def _cards(handles: bool, last_date: str = "") -> str:
    blocks = [
        f"{name}\n{handle}\n{date}\n\n{head}\n\n{SUMMARY}\n"
        if handles
        else f"{name}\n{date}\n\n{head}\n\n{SUMMARY}\n"
        for name, handle, date, head in CARDS
    ]
    return "\n".join(blocks) + (f"\n{last_date}\n" if last_date else "")


@pytest.mark.parametrize("handles", [False, True])
def test_a_name_over_a_date_heading_is_the_author_below(handles: bool) -> None:
    # An author's card over each headline, a blank line between: name, handle, date.
    text = _cards(handles)
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        (head, name, date) for name, _, date, head in CARDS
    ]
    assert explain(text)["Tom Berg"] == "byline.above_date"
    if handles:
        assert explain(text)["@tberg"] == "noise.chrome"
    assert list(digestparse.iter_articles(text)) == list(digest)
    off = Options(disabled_rules=frozenset({"byline.above_date"}))
    assert digestparse.parse(text, options=off)[0].byline is None


def test_names_over_dates_near_misses() -> None:
    # A date under the last article too: the dates trail, and each name with it.
    trailing = "\n".join(
        f"{head}\n\n{SUMMARY}\n\n{name}\n{date}\n" for name, _, date, head in CARDS
    )
    assert [(a.byline, a.date) for a in digestparse.parse(trailing)] == [
        ("Ana Ruiz", "26 Nov 2026"), ("Tom Berg", "25 Nov 2026")
    ]  # fmt: skip
    # One word over the heading may be a place: no author.
    placed = _cards(False).replace("Tom Berg", "Eastmere")
    assert [a.byline for a in digestparse.parse(placed)][1] is None
    # A handle inside a sentence is no line of chrome.
    assert Features("@anaruiz").chrome is not None
    assert Features("@anaruiz says the strike goes on").chrome is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Orla Brennan | Neighbourhoods | 26.11.2026 | 4 comments", "Orla Brennan"),
        ("Orla Brennan · Neighbourhoods · 26.11.2026", "Orla Brennan"),
        ("26.11.2026 | Orla Brennan | Neighbourhoods", "Orla Brennan"),
        ("Orla Brennan | Local News | 26.11.2026", "Orla Brennan"),
        # After the place or section the desk filed under.
        ("Berlin | Orla Brennan | 26.11.2026", "Orla Brennan"),
        ("26.11.2026 | Politik | Orla Brennan", "Orla Brennan"),
        # A source's domain beside its date.
        ("harbourreview.example · 26.11.2026", "harbourreview.example"),
        ("www.el-puerto.example | 26.11.2026", "www.el-puerto.example"),
    ],
)
def test_a_name_first_among_facts_beside_a_date_is_the_author(line: str, author: str) -> None:
    parts = byline_parts(line)
    assert parts is not None and (parts.author, parts.date) == (author, "26.11.2026")


@pytest.mark.parametrize(
    "line",
    [
        # One word first: a section as likely as a name ("World | Politics").
        "World | Politics | 26.11.2026",
        # A section the lexicon knows, in two words.
        "Local News | Politics | 26.11.2026",
        # After a place, one word: a section or a place as likely as a name.
        "Berlin | Ports | 26.11.2026",
        "Berlin | Eastmere | 26.11.2026",
        # The part after the name runs on like a sentence.
        "Orla Brennan | The council voted on the plan again today. | 26.11.2026",
        # No date on the line: no facts to read.
        "Orla Brennan | Neighbourhoods | Allotments",
        # A date before a section with no marker: a headline may read so
        # ("Strike Called on May 4, 2026 in Ports").
        "Ana Ruiz on November 28, 2026 in Labour",
        # More than a section's few words after the date: a sentence.
        "By Ana Ruiz on November 28, 2026 in the harbour where the cranes stand",
        # A domain with no date beside it, or inside a sentence.
        "harbourreview.example",
        "Read more at harbourreview.example · 26.11.2026",
    ],
)
def test_lines_of_facts_near_misses(line: str) -> None:
    assert byline_parts(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Av Erik Lindqvist", "Erik Lindqvist"),  # Swedish, Norwegian
        ("af Mette Hansen", "Mette Hansen"),  # Danish
        ("door Jan de Vries", "Jan de Vries"),  # Dutch
        ("di Marco Rossi e Giulia Bianchi", "Marco Rossi e Giulia Bianchi"),  # Italian
    ],
)
def test_markers_of_other_languages_open_a_byline(line: str, author: str) -> None:
    parts = byline_parts(line)
    assert parts is not None and parts.author == author
    text = f"Sciopero dei trasporti a Milano\n\n{SUMMARY}\n\n{line}\n"
    assert [a.byline for a in digestparse.parse(text)] == [author]
    # Near miss: a headline opening with the surname "Di" is no byline.
    assert byline_parts("Di Maio lascia il governo") is None


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        # The article or preposition opening the date is the sentence's, not the date's.
        ("Par Claire Dumont, publié le 28 novembre 2026", "Claire Dumont", "28 novembre 2026"),
        ("Par Claire Dumont Publié le 28 novembre 2026", "Claire Dumont", "28 novembre 2026"),
        ("By Ana Ruiz, published on March 4, 2019", "Ana Ruiz", "March 4, 2019"),
        ("Von Lea Hoffmann, veröffentlicht am 04.03.2019", "Lea Hoffmann", "04.03.2019"),
        (
            "Por Carla Mendoza publicado el 3 de marzo de 2026",
            "Carla Mendoza",
            "3 de marzo de 2026",
        ),
        ("Ana Ruiz, published March 4, 2019", "Ana Ruiz", "March 4, 2019"),
        # A marked byline's date may stand before the section it was filed in.
        ("by Ana Ruiz on November 28, 2026 in Labour", "Ana Ruiz", "November 28, 2026"),
        ("Posted by Ana Ruiz on November 28, 2026 in Local News", "Ana Ruiz", "November 28, 2026"),
        (
            "Por Lucía Gómez el 28 de noviembre de 2026 en Política",
            "Lucía Gómez",
            "28 de noviembre de 2026",
        ),
        ("Par Camille Roux le 28 novembre 2026 dans Social", "Camille Roux", "28 novembre 2026"),
    ],
)
def test_a_bylines_author_and_date_come_apart_from_the_words_around_them(
    line: str, author: str, date: str
) -> None:
    parts = byline_parts(line)
    assert parts is not None and (parts.author, parts.date) == (author, date)
    # Glued under the headline, the line is its byline, not the headline's second line.
    digest = digestparse.parse(f"Bus Drivers Walk Out\n{line}\n{SUMMARY}\n")
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        ("Bus Drivers Walk Out", author, date)
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("A column by Ana Ruiz", "Ana Ruiz"),
        ("Analysis by Ana Ruiz", "Ana Ruiz"),
        ("Ein Kommentar von Lea Hoffmann", "Lea Hoffmann"),
        ("Une tribune de Jean Dupont", "Jean Dupont"),
        ("Una columna de Carla Mendoza", "Carla Mendoza"),
        ("Um artigo de Ana Souza", "Ana Souza"),
        ("Una tribuna de Luis Ortega", "Luis Ortega"),
        ("Un reportaje de Ana Gil", "Ana Gil"),
        ("Un entretien de Marc Lefèvre", "Marc Lefèvre"),
        ("An interview by Tom Berg", "Tom Berg"),
        ("Ein Interview von Anna Schmidt", "Anna Schmidt"),
        ("Uma reportagem de Sofia Pinto", "Sofia Pinto"),
    ],
)
def test_the_kind_of_piece_and_its_author_is_a_byline(line: str, author: str) -> None:
    digest = digestparse.parse(f"Bus Drivers Walk Out\n{line}\n{SUMMARY}\n")
    assert [(a.headline, a.byline) for a in digest] == [("Bus Drivers Walk Out", author)]
    parts = byline_parts(line)
    assert parts is not None and parts.marker is not None


@pytest.mark.parametrize(
    "line",
    [
        "A column of smoke over the harbour",
        "Una columna de opinión",
        "Essay by the sea",
        "Reportaje de fondo sobre la huelga",
        "Interview with the mayor",
    ],
)
def test_the_kind_of_piece_near_misses(line: str) -> None:
    assert byline_parts(line) is None


def test_a_name_under_a_headline_and_its_date_is_the_byline() -> None:
    text = (
        f"The crisis of the car industry\n28 November 2026\nAna Ruiz\n{SUMMARY}\n\n"
        f"Ten years since the referendum\n21 November 2026\nTom Berg\n{SUMMARY2}\n"
    )
    assert [(a.headline, a.byline, a.date) for a in digestparse.parse(text)] == [
        ("The crisis of the car industry", "Ana Ruiz", "28 November 2026"),
        ("Ten years since the referendum", "Tom Berg", "21 November 2026"),
    ]
    # Near miss: once only, the name is decided as before (a headline under
    # a caption and a date).
    once = f"The crisis of the car industry\n28 November 2026\nAna Ruiz\n{SUMMARY}\n"
    assert explain(once)["Ana Ruiz"] != "byline.under_headline"


@pytest.mark.parametrize("label", ["Fuentes: El Salto", "Source: AP", "Quelle: dpa"])
def test_a_source_between_headline_and_summary_is_noise(label: str) -> None:
    text = f"Bus Drivers Walk Out\nBy Tre Kwon\n{label}\n{SUMMARY}\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.caption, a.byline) for a in digest] == [
        ("Bus Drivers Walk Out", None, "Tre Kwon")
    ]
    assert explain(text)[label] == "noise.source"
    off = Options(disabled_rules=frozenset({"noise.source"}))
    assert [a.caption for a in digestparse.parse(text, options=off)] == [label]


def test_a_photo_credit_between_headline_and_summary_stays_a_caption() -> None:
    # Near miss: a picture's credit there is the caption, as before.
    text = f"Bus Drivers Walk Out\nPhoto: Tre Kwon\n{SUMMARY}\n"
    assert [a.caption for a in digestparse.parse(text)] == ["Photo: Tre Kwon"]


def test_bylines_above_their_headlines_lead_the_article_below() -> None:
    text = (
        f"By Tre Kwon | 12 March 2025\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"By Ana Ruiz | 10 March 2025\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    )
    assert _fields(digestparse.parse(text)) == [
        ("Tre Kwon", "12 March 2025"),
        ("Ana Ruiz", "10 March 2025"),
    ]
    assert explain(text)["By Ana Ruiz | 10 March 2025"] == "byline.above_headline"
    off = Options(disabled_rules=frozenset({"byline.above_headline"}))
    assert _fields(digestparse.parse(text, options=off))[0] == ("Ana Ruiz", "10 March 2025")


def test_bylines_in_blocks_of_facts_and_chrome_lead_the_article_below() -> None:
    # An old CMS's box over each headline: "Details" / "Written by" / "Published" / "Hits".
    box = "Details\nWritten by {name}\nPublished: {date}\nHits: 1412\n\n"
    text = (
        box.format(name="Tre Kwon", date="12 March 2025")
        + f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n"
        + box.format(name="Ana Ruiz", date="10 March 2025")
        + f"Schools Short of Staff\n\n{SUMMARY2}\n"
    )
    assert _fields(digestparse.parse(text)) == [
        ("Tre Kwon", "12 March 2025"),
        ("Ana Ruiz", "10 March 2025"),
    ]
    assert explain(text)["Written by Ana Ruiz"] == "byline.above_headline"
    # The date in the box is the article's, no heading over the articles below.
    assert explain(text)["Published: 10 March 2025"] == "byline.above_headline"
    assert [line.text for line in digestparse.parse(text).noise] == ["Details", "Details"]
    # Near miss: a box under the last article too: the boxes end the articles above.
    under = text + "\n" + box.format(name="Lena Voss", date="9 March 2025")
    assert [name for name, _ in _fields(digestparse.parse(under))] == ["Ana Ruiz", "Lena Voss"]


@pytest.mark.parametrize(
    ("leading", "trailing", "dates"),
    [
        # No blank lines: "Posted on DATE by NAME" glued above each headline.
        (
            "Posted on March 12, 2025 by Tre Kwon\nBus Drivers Walk Out\n{s1}\n{chrome}"
            "Posted on March 10, 2025 by Ana Ruiz\nSchools Short of Staff\n{s2}\n{chrome}",
            "Bus Drivers Walk Out\n{s1}\nPosted on March 12, 2025 by Tre Kwon\n"
            "Schools Short of Staff\n{s2}\nPosted on March 10, 2025 by Ana Ruiz\n",
            ("March 12, 2025", "March 10, 2025"),
        ),
        # No blank lines: the byline over its date, both glued above each headline.
        (
            "By Tre Kwon\nMARCH 12. 2025\nBus Drivers Walk Out\n{s1}\n{chrome}"
            "By Ana Ruiz\nMARCH 10. 2025\nSchools Short of Staff\n{s2}\n{chrome}",
            "Bus Drivers Walk Out\n{s1}\nBy Tre Kwon\nMARCH 12. 2025\n"
            "Schools Short of Staff\n{s2}\nBy Ana Ruiz\nMARCH 10. 2025\n",
            ("MARCH 12. 2025", "MARCH 10. 2025"),
        ),
        # Layout L without headlines: "Written by NAME DATE" over alt text glued to the teaser.
        (
            "Written by Tre Kwon Tuesday, 12 March 2025\nquay 160x120{s1}\n\n{chrome}\n"
            "Written by Ana Ruiz Monday, 10 March 2025\nschool 160x120{s2}\n\n{chrome}\n",
            "{s1}\nWritten by Tre Kwon Tuesday, 12 March 2025\n\n"
            "{s2}\nWritten by Ana Ruiz Monday, 10 March 2025\n",
            ("Tuesday, 12 March 2025", "Monday, 10 March 2025"),
        ),
    ],
)
@pytest.mark.parametrize("chrome", ["", "Continue reading →\n"])
def test_bylines_glued_above_their_articles_lead_them(
    leading: str, trailing: str, dates: tuple[str, str], chrome: str
) -> None:
    expected = [("Tre Kwon", dates[0]), ("Ana Ruiz", dates[1])]
    text = leading.format(s1=SUMMARY, s2=SUMMARY2, chrome=chrome)
    assert _fields(digestparse.parse(text)) == expected
    # Near miss: glued under each article, the last one's too, they end their articles.
    text = trailing.format(s1=SUMMARY, s2=SUMMARY2)
    assert _fields(digestparse.parse(text)) == expected


def test_a_byline_above_a_stray_title_stays_out_of_the_next_article() -> None:
    # Found by the fuzzer: the byline went to the headline below a title that
    # became an article of its own, and the spans overlapped.
    text = (
        f"By Tre Kwon | 12 March 2025\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"By Ana Ruiz | 10 March 2025\n\nA Title Left Standing Alone\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    spans = [a.span for a in digest]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), spans
    assert [a.headline for a in digest] == [
        "Bus Drivers Walk Out",
        "A Title Left Standing Alone",
        "Schools Short of Staff",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A byline below the last article: bylines end their articles (layout B).
        f"By Tre Kwon\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\nBy Ana Ruiz\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\nBy Lena Voss\n",
        # A byline over the first article alone is the page's ("Autor: AP").
        f"Autor: AP\n\n{SUMMARY}\n\n{SUMMARY2}\n",
    ],
)
def test_bylines_above_headlines_near_misses(text: str) -> None:
    rules = {d.rule for d in digestparse.parse(text).explain()}
    assert "byline.above_headline" not in rules


def test_a_name_between_a_headline_and_its_date_without_summaries_is_the_source() -> None:
    text = (
        "Dock strike enters second week\nThe Harbour Herald\n2 hours ago\n\n"
        "Council approves budget with cuts\nValley Courier\n5 hours ago\n"
    )
    assert [(a.headline, a.byline, a.date) for a in digestparse.parse(text)] == [
        ("Dock strike enters second week", "The Harbour Herald", "2 hours ago"),
        ("Council approves budget with cuts", "Valley Courier", "5 hours ago"),
    ]
    off = Options(disabled_rules=frozenset({"byline.under_headline"}))
    rules = {d.rule for d in digestparse.parse(text, options=off).explain()}
    assert "byline.under_headline" not in rules
    # Near miss: two names over dates are two headline-like titles, not a
    # headline and its source (a name above cannot be a headline's name).
    names = "Ana Ruiz\nTom Berg\n2 hours ago\n\nLena Voss\nDev Kaur\n5 hours ago\n"
    assert [a.byline for a in digestparse.parse(names)] != ["Tom Berg", "Dev Kaur"]


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_name_under_a_headlines_date_over_the_next_label_signs_it(blank: str) -> None:
    blocks = [
        "Politique\nRetraites : les syndicats appellent à la grève\n"
        "Publié le lundi 4 mars 2024\nClaire Dubois",
        "Social\nChez les livreurs, la colère ne retombe pas\n"
        "Publié le dimanche 3 mars 2024\nMarc Lefèvre",
    ]
    text = blank.join(blocks) + "\n"
    assert [(a.kicker, a.byline, a.date) for a in digestparse.parse(text)] == [
        ("Politique", "Claire Dubois", "lundi 4 mars 2024"),
        ("Social", "Marc Lefèvre", "dimanche 3 mars 2024"),
    ]
    off = Options(disabled_rules=frozenset({"byline.under_headline"}))
    assert "Claire Dubois" not in [a.byline for a in digestparse.parse(text, options=off)]


@pytest.mark.parametrize("page", ["Holguín", "Provincias del centro"])
def test_a_first_headline_over_its_facts_under_the_page_title_is_no_teaser(page: str) -> None:
    text = (
        f"{page}\n\nComienza la zafra en los centrales de Villa Clara\nPor: Yamila Pérez\n"
        "4 marzo 2024\n\nNuevas tarifas eléctricas para el sector privado\n"
        "Por: Lázaro Fonseca\n3 marzo 2024\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary, a.byline) for a in digest] == [
        ("Comienza la zafra en los centrales de Villa Clara", None, "Yamila Pérez"),
        ("Nuevas tarifas eléctricas para el sector privado", None, "Lázaro Fonseca"),
    ]
    assert [line.text for line in digest.noise] == [page]
    # Near miss: the other headline has a teaser under it too: the first one's is a teaser.
    teased = text.replace(
        "privado\n", "privado\nLas nuevas tarifas entran en vigor el mes que viene\n"
    )
    assert digestparse.parse(teased)[0].headline == page


def test_a_first_headline_over_its_author_and_date_under_the_sites_name_is_no_teaser() -> None:
    text = (
        "The Weekly Roundup\n\nWorkers at the cannery vote to strike over pay\n\n"
        f"Harriet Cole\n\n12 March 2024\n\n{SUMMARY}\n\n"
        f"Rent controls return to the council agenda\n\nDaniel Ortega Ruiz\n\n"
        f"10 March 2024\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.summary) for a in digest] == [
        ("Workers at the cannery vote to strike over pay", "Harriet Cole", SUMMARY),
        ("Rent controls return to the council agenda", "Daniel Ortega Ruiz", SUMMARY2),
    ]
    assert [n.text for n in digest.noise] == ["The Weekly Roundup"]


def test_with_no_blank_lines_a_name_and_its_role_under_a_summary_signs_it() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nAna Ruiz, Labour Correspondent\n"
        f"Schools Short of Staff\n{SUMMARY2}\nTom Berg, Education Editor\n"
    )
    assert [(a.caption, a.byline) for a in digestparse.parse(text)] == [
        (None, "Ana Ruiz, Labour Correspondent"),
        (None, "Tom Berg, Education Editor"),
    ]
    # Near miss: a name alone there, nothing under the last summary, is still the
    # next headline's caption; with the last summary signed, names trail: its byline.
    bare = text.replace(", Labour Correspondent", "")
    assert [a.caption for a in digestparse.parse(bare)] == [None, None]
    unsigned = bare.replace("Tom Berg, Education Editor\n", "")
    assert [a.caption for a in digestparse.parse(unsigned)] == [None, "Ana Ruiz"]


def test_date_heading_versus_trailer() -> None:
    heading = digestparse.parse(
        f"MARCH 3. 2024\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    )
    assert [a.date for a in heading] == ["MARCH 3. 2024", "MARCH 3. 2024"]
    trailer = digestparse.parse(
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nMarch 3, 2024\n\nSchools Short of Staff\n\n{SUMMARY2}\n\nMarch 2, 2024\n"
    )
    assert [a.date for a in trailer] == ["March 3, 2024", "March 2, 2024"]
    forced = digestparse.parse(
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nMarch 3, 2024\n\nSchools Short of Staff\n\n{SUMMARY2}\n",
        options=Options(date_headings="heading"),
    )
    assert [a.date for a in forced] == [None, "March 3, 2024"]


def test_glued_caption_needs_evidence() -> None:
    glued = "Stalin launch 9 - La Izquierda SocialistaThe new edition was launched in the city on Monday."
    under_byline = digestparse.parse(
        f"Launch in Mexico City\n\nWritten by Rob Lyon Monday, 22 August 2016\n\n{glued}\n"
    )
    assert under_byline[0].caption == "Stalin launch 9 - La Izquierda Socialista"
    plain = digestparse.parse(f"Launch in Mexico City\n\n{glued}\n")
    assert plain[0].caption is None and plain[0].summary == glued


def test_section_title_above_one_line_teasers_is_noise() -> None:
    digest = digestparse.parse(f"Harbour Notes\n\n{SUMMARY}\n{SUMMARY2}\n")
    assert [a.headline for a in digest] == [None, None]
    assert explain(f"Harbour Notes\n\n{SUMMARY}\n{SUMMARY2}\n")["Harbour Notes"] == (
        "noise.section_title"
    )


def test_teaser_without_full_stop_under_headline() -> None:
    text = "Bus Drivers Walk Out\nDrivers stopped work on Monday after managers imposed new shifts\n\nSchools Short of Staff\nHead teachers say they cannot find cover for sick staff this winter\n"
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out", "Schools Short of Staff"]
    assert explain(text)["Schools Short of Staff"] == "headline.nearest_title"


def test_a_teaser_as_short_as_its_headline_where_the_listing_shows_teasers() -> None:
    text = (
        "Dock Workers Vote to Strike Over Night Shifts\n"
        "A new rota leaves crane operators with four hours of sleep\nRead More\n\n"
        "Council Adopts a Budget With No Room for Libraries\n"
        "The book fund is frozen for a third year running\nRead More\n\n"
        "The Tram Depot That Became a Food Market\n"
        "Vendors say trade has doubled since the spring\nRead More\n"
    )
    digest = digestparse.parse(text)
    assert [a.summary for a in digest][-1] == "Vendors say trade has doubled since the spring"
    assert explain(text)["Vendors say trade has doubled since the spring"] == (
        "summary.after_title"
    )
    # Near misses, with headlines in sentence case (no contrast of case to
    # tell): one longer teaser is no pattern; nor are two beside more pairs
    # of titles whose second line is not longer.
    lower = (
        "Council adopts a budget with no room for libraries\n"
        "The book fund is frozen for a third year running\nRead More\n\n"
        "The tram depot that became a food market\n"
        "Vendors say trade has doubled since the spring\nRead More\n"
    )
    assert len(digestparse.parse(lower)) == 1
    two = (
        "Dock workers vote to strike over night shifts\n"
        "A new rota leaves crane operators with four hours of sleep\nRead More\n\n" + lower
    )
    short = (
        "Ferry fares frozen for another year after the council vote\n"
        "Pensioners and students keep their passes until the spring\n\n"
        "The night bus returns to the old town centre next week\n"
        "Night workers had asked for it for years and years\n"
    )
    assert len(digestparse.parse(two)) == 3
    assert len(digestparse.parse(two + "\n" + short)) == 2  # three short ones outnumber two


def test_a_short_teaser_alone_with_its_headline_where_the_listing_shows_teasers() -> None:
    pairs = (
        "Markets slide as oil tops $100\n"
        "Investors fear a longer squeeze on supply after the pipeline attack\n\n"
        "Transport strike called off at last minute\n"
        "Unions and operators reached a deal shortly before midnight\n\n"
    )
    last = (
        "Schools to stay open during heatwave\nMinisters reject calls for early summer holidays\n"
    )
    digest = digestparse.parse(pairs + last)
    assert [(a.headline, a.summary) for a in digest][-1] == (
        "Schools to stay open during heatwave",
        "Ministers reject calls for early summer holidays",
    )
    # As short as its headline, too: the listing's pattern tells, not the lengths.
    shorter = "Schools to stay open during the heatwave\nMinisters reject early summer holidays\n"
    assert len(digestparse.parse(pairs + shorter)) == 3
    # Near misses: with one teaser shown the two short lines are a trailing box;
    # so are two lines below a title, or three in their block.
    assert len(digestparse.parse(pairs.split("\n\n", 1)[1] + last)) == 1
    assert len(digestparse.parse(pairs + last + "Councils warn of cuts to services\n")) == 2
    boxed = "Most read\n" + last
    assert len(digestparse.parse(pairs + boxed)) == 2


def test_with_no_blank_lines_a_shorter_sentence_over_every_headline_is_its_caption() -> None:
    third = "Crane operators at the port voted by a wide margin to walk out next week."
    text = (
        f"Drivers wait at the gates of the depot.\nBus Drivers Walk Out\n{SUMMARY}\n"
        f"An empty classroom at the end of the day.\nSchools Short of Staff\n{SUMMARY2}\n"
        f"Cranes stand idle on the quay at dawn.\nDockers Set a Strike Date\n{third}\n"
    )
    captions = [
        "Drivers wait at the gates of the depot.",
        "An empty classroom at the end of the day.",
        "Cranes stand idle on the quay at dawn.",
    ]
    assert [a.caption for a in digestparse.parse(text)] == captions
    assert explain(text)[captions[1]] == "caption.sentence_above_headline"
    # Under the page's title too.
    assert [a.caption for a in digestparse.parse("The Harbour Post\n" + text)] == captions
    # Near misses: one headline with no sentence over it; a summary over two
    # lines, the listing ending with two sentences.
    bare = text.replace(captions[0] + "\n", "")
    assert all(a.caption is None for a in digestparse.parse(bare))
    two_lines = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n{captions[0]}\n"
        f"Schools Short of Staff\n{SUMMARY2}\n{captions[1]}\n"
        f"Dockers Set a Strike Date\n{third}\n{captions[2]}\n"
    )
    assert all(a.caption is None for a in digestparse.parse(two_lines))


def test_sentence_caption_above_headline_and_near_miss_in_layout_f() -> None:
    text = f"Protesters gather outside the parliament on Tuesday.\nCongress Votes to Remove the President\n\n{SUMMARY}\n"
    assert (
        explain(text)["Protesters gather outside the parliament on Tuesday."]
        == "caption.sentence_above_headline"
    )
    # The headline's byline or date may stand between it and its summary.
    for facts in ("by Ana Ruiz\n", "March 3, 2024\n", "By Ana Ruiz\nMarch 3, 2024\n"):
        for gap in ("", "\n"):
            text = (
                f"Protesters gather outside the parliament on Tuesday.\n"
                f"Congress votes to remove the president\n{facts}{gap}{SUMMARY}\n\n"
                f"Police stand in line outside the ministry.\n"
                f"Students occupy the ministry\n{facts}{gap}{SUMMARY2}\n"
            )
            digest = digestparse.parse(text)
            assert [a.caption for a in digest] == [
                "Protesters gather outside the parliament on Tuesday.",
                "Police stand in line outside the ministry.",
            ], (facts, gap)
    # The picture's credit may stand between the sentence and the headline.
    text = (
        f"A nurse holds a placard outside the hospital gates.\nPhoto: Ana Ruiz/Reuters\n"
        f"Nurses Vote to Strike\n{SUMMARY}\n\n"
        f"Drivers stand at the depot gates in the early morning.\nPhoto: Tom Berg\n"
        f"Bus Drivers Walk Out\n{SUMMARY2}\n"
    )
    assert [a.caption for a in digestparse.parse(text)] == [
        "A nurse holds a placard outside the hospital gates. Photo: Ana Ruiz/Reuters",
        "Drivers stand at the depot gates in the early morning. Photo: Tom Berg",
    ]
    # Each article one block, its author's name and its date ending it.
    text = (
        f"Protesters gather outside the parliament on Tuesday.\nCongress Votes to Remove Him\n"
        f"{SUMMARY}\nAna Ruiz\nMarch 3, 2024\n\n"
        f"Police stand in line outside the ministry.\nStudents Occupy the Ministry\n"
        f"{SUMMARY2}\nTom Berg\nMarch 2, 2024\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.byline) for a in digest] == [
        ("Protesters gather outside the parliament on Tuesday.", "Ana Ruiz"),
        ("Police stand in line outside the ministry.", "Tom Berg"),
    ]
    # Near miss: a title that is no name after the summary: a teaser of its own.
    other = text.replace("Tom Berg", "More on this story")
    assert digestparse.parse(other)[2].caption is None
    # Three facts are no headline's facts; a sentence after a headline is no caption.
    text = (
        f"Protesters gather outside the parliament on Tuesday.\nCongress votes to remove him\n"
        f"By Ana Ruiz\nMarch 3, 2024\nMarch 4, 2024\n{SUMMARY}\n"
    )
    assert digestparse.parse(text)[0].caption is None
    # With no blank lines the sentence is the summary of the title above it.
    text = f"Bus Drivers Walk Out\n{SUMMARY}\nSchools Short of Staff\n{SUMMARY2}\n"
    assert [a.headline for a in digestparse.parse(text)] == [
        "Bus Drivers Walk Out",
        "Schools Short of Staff",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2 Comments",
        "Share on Facebook",
        "Read the rest of this entry »",
        "Tags: Europe, Strikes",
        "Sign up for our newsletter.",
        "© 2024 The Ledger",
        "Log in or register to post comments",
    ],
)
def test_page_chrome_openings(text: str) -> None:
    assert kind(text)[0] in {Kind.NOISE, Kind.CAPTION}


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("Issue 2890", True),
        ("Vol. 12, No. 3", True),
        ("Volume 12 · Issue 4", True),
        ("Ausgabe 45/2026", True),
        ("Nº 123", True),
        ("Edición 45", True),
        ("Issue #52", True),
        # Near misses: more words than an issue's name, or no number.
        ("Number 10 Denies the Party Claims", False),
        ("Issue of the Week", False),
        ("Volunteers 2 Council 0", False),
    ],
)
def test_the_name_of_a_print_issue_is_chrome(text: str, chrome: bool) -> None:
    assert (kind(text) == (Kind.NOISE, "noise.chrome")) is chrome
    if chrome:
        listing = f"Bus drivers walk out\nby Ana Ruiz\n{text}\n{SUMMARY}\n"
        assert digestparse.parse(listing)[0].headline == "Bus drivers walk out"


@pytest.mark.parametrize(
    "text",
    [
        "More Online Learning",
        "Donated Organs Save Lives",
        "Sharing the Harvest",
        "Signing Up the Night Shift",
        "Log In to the Future of Work",
    ],
)
def test_page_chrome_openings_need_a_word_boundary(text: str) -> None:
    assert kind(text)[0] is Kind.TITLE


@pytest.mark.parametrize(
    "text",
    [
        "This website uses cookies to make your visit a better one.",
        "Showing 2 of 250 results for this search.",
    ],
)
def test_sentence_shaped_page_chrome_is_no_article(text: str) -> None:
    digest = digestparse.parse(f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{text}\n")
    assert len(digest) == 1 and [n.text for n in digest.noise] == [text]


def test_a_lower_case_byline_does_not_continue_the_headline() -> None:
    digest = digestparse.parse(f"Bus Drivers Walk Out\nby Ana Ruiz\n\n{SUMMARY}\n")
    assert (digest[0].headline, digest[0].byline) == ("Bus Drivers Walk Out", "Ana Ruiz")
    # A real continuation still continues.
    digest = digestparse.parse(f"Bus Drivers Walk Out Over\nthe New Night Rotas\n\n{SUMMARY}\n")
    assert digest[0].headline == "Bus Drivers Walk Out Over the New Night Rotas"


def test_a_name_over_the_reading_time_and_the_date_under_the_summary_signs_it() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nAna Ruiz\n4 min read\nDec 2, 2026\n\n"
        f"Schools Short of Staff\n{SUMMARY2}\nTom Berg\n6 min read\nNov 28, 2026\n"
    )
    assert _fields(digestparse.parse(text)) == [
        ("Ana Ruiz", "Dec 2, 2026"),
        ("Tom Berg", "Nov 28, 2026"),
    ]
    # With no blank lines too, as the last article shows its name so.
    assert _fields(digestparse.parse(text.replace("\n\n", "\n"))) == [
        ("Ana Ruiz", "Dec 2, 2026"),
        ("Tom Berg", "Nov 28, 2026"),
    ]
    # A second date below: the reading time, read past, changes nothing.
    text = text.replace("Nov 28, 2026\n", "Nov 28, 2026\nNov 29, 2026\n")
    timeless = text.replace("4 min read\n", "").replace("6 min read\n", "")
    assert _fields(digestparse.parse(text)) == _fields(digestparse.parse(timeless))


def test_a_reading_time_under_a_headline_continues_nothing() -> None:
    # "… said no" stops where a Portuguese sentence would go on ("no" is "in the").
    text = f"Why the nurses said no\n7 min read\n\n{SUMMARY}\n"
    assert digestparse.parse(text)[0].headline == "Why the nurses said no"
    # Near miss: a longer line in lower case still goes on.
    text = f"Why the nurses said no\nto the new rota in the end\n\n{SUMMARY}\n"
    assert (
        digestparse.parse(text)[0].headline == "Why the nurses said no to the new rota in the end"
    )


_READ_PAST = "glued under the line above: read past"


@pytest.mark.parametrize(
    "chrome", ["5 min read", "Share", "Premium", "Listen to this article", "Tags: Labour, Housing"]
)
def test_chrome_glued_under_a_headline_is_read_past(chrome: str) -> None:
    # The headline ends its block but for the chrome: its summary stands apart.
    text = (
        f"Bus Drivers Walk Out\n{chrome}\n\n{SUMMARY}\n\n"
        f"Schools Short of Staff\n{chrome}\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        ("Bus Drivers Walk Out", SUMMARY), ("Schools Short of Staff", SUMMARY2)
    ]  # fmt: skip
    # The chrome is in its article's span, and explained as read past.
    read_past = [d for d in digest.explain() if d.reason.endswith(_READ_PAST)]
    assert [(d.line, d.rule, d.article) for d in read_past] == [
        (2, "noise.chrome", 0), (7, "noise.chrome", 1)
    ]  # fmt: skip
    assert digest.noise == ()


def test_a_line_under_chrome_read_past_goes_on_with_no_line_above() -> None:
    # In lower case it would go on with the headline, but the chrome stood between.
    text = (
        "Bus Drivers Walk Out\nShare\nover the new rota, say the unions.\n\n"
        "Schools Short of Staff\nShare\nas the winter sets in, head teachers say.\n"
    )
    assert [(a.headline, a.summary) for a in digestparse.parse(text)] == [
        ("Bus Drivers Walk Out", "over the new rota, say the unions."),
        ("Schools Short of Staff", "as the winter sets in, head teachers say."),
    ]


def test_chrome_read_past_below_an_article_s_last_line_is_noise() -> None:
    # Headlines alone, each with its chrome: the chrome stays out of the spans.
    text = (
        "Bus Drivers Walk Out\nShare\n\nSchools Short of Staff\nShare\n\n"
        "The Price of Bread Goes Up Again\nShare\n"
    )
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == [
        "Bus Drivers Walk Out", "Schools Short of Staff", "The Price of Bread Goes Up Again"
    ]  # fmt: skip
    assert [(n.line, n.text) for n in digest.noise] == [(2, "Share"), (5, "Share"), (8, "Share")]
    read_past = [d for d in digest.explain() if d.reason.endswith(_READ_PAST)]
    assert [(d.line, d.article) for d in read_past] == [(2, None), (5, None), (8, None)]


@pytest.mark.parametrize(
    "chrome",
    [
        "Most read",  # a heading of the page's parts
        "Related",  # a box of links below
        "Category: Labour",  # an archive's heading
        "Sign up for our newsletter",  # a box's heading
        "Contact",  # a link of the site's menu
    ],
)
def test_chrome_of_the_page_under_a_title_is_not_read_past(chrome: str) -> None:
    text = f"Bus Drivers Walk Out\n{chrome}\n\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert Features(chrome).chrome is not None
    assert not [d for d in digestparse.parse(text).explain() if d.reason.endswith(_READ_PAST)]


def test_chrome_is_read_past_in_an_article_s_block_only() -> None:
    # Without blank lines, a block longer than an article's: chrome may part articles.
    one = f"Bus Drivers Walk Out\n5 min read\n{SUMMARY}\nAna Ruiz\n"
    two = f"Schools Short of Staff\n5 min read\n{SUMMARY2}\nTom Berg\n"
    three = "The Price of Bread\n5 min read\nBakers warn of dearer loaves.\nLena Marsh\n"
    apart = digestparse.parse(f"{one}\n{two}\n{three}").explain()
    assert len([d for d in apart if d.reason.endswith(_READ_PAST)]) == 3
    glued = digestparse.parse(one + two + three).explain()
    assert not [d for d in glued if d.reason.endswith(_READ_PAST)]
    # Nor chrome on a block's first line, nor under a date.
    text = f"Bus Drivers Walk Out\n\n5 min read\n{SUMMARY}\nMarch 4, 2024\nShare\n"
    assert not [d for d in digestparse.parse(text).explain() if d.reason.endswith(_READ_PAST)]


def test_a_date_opening_a_summary_continues_no_open_headline() -> None:
    # "… one year on" stops where no sentence ends, but the line below opens with its date.
    text = (
        f"Bus Drivers Walk Out\nMar 4, 2019 — {SUMMARY}\n\n"
        f"The pension strike one year on\nAug 2, 2026 — {SUMMARY2}\n"
    )
    assert [(a.headline, a.date, a.summary) for a in digestparse.parse(text)] == [
        ("Bus Drivers Walk Out", "Mar 4, 2019", SUMMARY),
        ("The pension strike one year on", "Aug 2, 2026", SUMMARY2),
    ]
    # Near miss: a date-led summary wrapped in lower case goes on as before.
    wrapped = SUMMARY.replace(" without ", " without\n")
    digest = digestparse.parse(f"Bus Drivers Walk Out\nMar 4, 2019 — {wrapped}\n")
    assert (digest[0].date, digest[0].summary) == ("Mar 4, 2019", SUMMARY)


def test_alt_text_as_a_sentence_opening_an_article_block_is_its_caption() -> None:
    alt = "Pickets stand around a brazier outside the gates in the early hours of Thursday."
    text = f"{alt}\nBus Drivers Walk Out\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert [(a.caption, a.headline) for a in digestparse.parse(text)] == [
        (alt, "Bus Drivers Walk Out"),
        (None, "Schools Short of Staff"),
    ]
    # Its byline may end the block.
    signed = text.replace(f"{SUMMARY}\n\n", f"{SUMMARY}\nAna Ruiz · 3 hours ago\n\n", 1)
    assert digestparse.parse(signed)[0].caption == alt
    # Near miss: with no blank lines anywhere the sentence is a teaser of its own (layout F).
    text = text.replace("\n\n", "\n")
    first = digestparse.parse(text)[0]
    assert (first.headline, first.summary) == (None, alt)


def test_alt_text_as_a_sentence_over_a_kicker_and_headline_is_the_caption() -> None:
    alt = "Pickets stand around a brazier outside the gates at dawn."
    block = f"{alt}\nTransport Strike\nBus Drivers Walk Out\n{SUMMARY}\nBy Ana Ruiz\n"
    text = f"Local News\n\n{block}\nSchools Short of Staff\n{SUMMARY2}\n"
    first = digestparse.parse(text)[0]
    assert (first.caption, first.kicker, first.headline, first.summary) == (
        alt,
        "Transport Strike",
        "Bus Drivers Walk Out",
        SUMMARY,
    )
    assert explain(text)[alt] == "caption.sentence_above_headline"
    # Its summary may stand in a block of its own, as ``render`` writes it.
    apart = text.replace(f"Walk Out\n{SUMMARY}", f"Walk Out\n\n{SUMMARY}")
    assert digestparse.parse(apart)[0].caption == alt
    # Near miss: a long title between is no kicker, and the sentence stays a teaser.
    long_title = "Transport Strike Enters Its Third Week With No Talks Planned"
    first = digestparse.parse(text.replace("Transport Strike", long_title))[0]
    assert (first.headline, first.summary) == (None, alt)
    # Near miss: with no blank lines anywhere the sentence is a teaser (layout F), here
    # of the page's title.
    first = digestparse.parse(text.replace("\n\n", "\n"))[0]
    assert (first.headline, first.summary) == ("Local News", alt)


def test_a_headline_whose_summary_stands_past_its_byline_is_no_teaser() -> None:
    # Under a page title, a long sentence-case headline, "Written by", then the summary.
    text = (
        "Articles\n\nDockers walk out at three ports on the same morning\n\n"
        f"Written by Ana Ruiz Tuesday, 14 October 2025\n\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary, a.byline) for a in digest] == [
        ("Dockers walk out at three ports on the same morning", SUMMARY, "Ana Ruiz")
    ]
    # Near miss: with no summary anywhere below, the long line is the title's teaser.
    text = "Articles\n\nDockers walk out at three ports on the same morning\n\nBy Ana Ruiz\n"
    assert [(a.headline, a.summary) for a in digestparse.parse(text)] == [
        ("Articles", "Dockers walk out at three ports on the same morning")
    ]


SUMMARY3 = "A second count is due on Friday."


def test_a_summary_over_two_lines_in_a_headlines_block_is_one_summary() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n{SUMMARY3}\n\n"
        f"The Ferry Timetable Changes\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        ("Bus Drivers Walk Out", SUMMARY),
        ("Schools Short of Staff", f"{SUMMARY2} {SUMMARY3}"),
        ("The Ferry Timetable Changes", SUMMARY),
    ]
    off = Options(disabled_rules=frozenset({"summary.continued"}))
    assert len(digestparse.parse(text, options=off)) == 4


def test_summaries_over_two_lines_in_every_headlines_block_are_one_summary_each() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n{SUMMARY3}\nBy Ana Ruiz\n\n"
        f"Schools Short of Staff\n{SUMMARY2}\n{SUMMARY3}\nBy Tom Berg\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary, a.byline) for a in digest] == [
        ("Bus Drivers Walk Out", f"{SUMMARY} {SUMMARY3}", "Ana Ruiz"),
        ("Schools Short of Staff", f"{SUMMARY2} {SUMMARY3}", "Tom Berg"),
    ]
    # Near miss: one block holds a single sentence under its headline: the other's
    # second sentence is no longer read so without pairs enough to show the shape.
    one = text.replace(f"{SUMMARY}\n{SUMMARY3}\n", f"{SUMMARY}\n")
    assert "summary.continued" not in {d.rule for d in digestparse.parse(one).explain()}


def _layout_b(*articles: tuple[str, ...]) -> str:
    """Articles laid out with every part in a block of its own."""
    return "\n\n".join("\n\n".join(parts) for parts in articles) + "\n"


def test_a_summary_of_two_paragraphs_over_its_byline_is_one_summary() -> None:
    text = _layout_b(
        ("Bus Drivers Walk Out", SUMMARY, SUMMARY3, "Ana Ruiz", "March 4, 2024"),
        ("Schools Short of Staff", SUMMARY2, "Tom Berg", "March 3, 2024"),
        ("The Ferry Timetable Changes", SUMMARY, "Lena Vogt", "March 2, 2024"),
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary, a.byline, a.date) for a in digest] == [
        ("Bus Drivers Walk Out", f"{SUMMARY} {SUMMARY3}", "Ana Ruiz", "March 4, 2024"),
        ("Schools Short of Staff", SUMMARY2, "Tom Berg", "March 3, 2024"),
        ("The Ferry Timetable Changes", SUMMARY, "Lena Vogt", "March 2, 2024"),
    ]
    assert digest[0].span == (0, text.index("\n\nSchools"))
    # With no blank line at all (layout F), the lines simply follow.
    joined = "\n".join(line for line in text.splitlines() if line)
    assert list(digestparse.parse(joined)) == list(digest)
    # "Read more »" may end the second paragraph's block, or stand in one of its own.
    for more in ("\nRead more »", "\n\nRead more »"):
        shown = text.replace(f"{SUMMARY3}\n", f"{SUMMARY3}{more}\n")
        assert list(digestparse.parse(shown)) == list(digest)
    off = Options(disabled_rules=frozenset({"summary.second_paragraph"}))
    assert [a.headline for a in digestparse.parse(text, options=off)] == [
        "Bus Drivers Walk Out",
        None,
        "Schools Short of Staff",
        "The Ferry Timetable Changes",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # One article only shows the shape: the teaser may be one of its own.
        _layout_b(
            ("Bus Drivers Walk Out", SUMMARY, SUMMARY3, "Ana Ruiz", "March 4, 2024"),
            ("Schools Short of Staff", SUMMARY2, "Tom Berg", "March 3, 2024"),
        ),
        # The article above has its byline: the sentence under it is a teaser.
        _layout_b(
            ("Bus Drivers Walk Out", SUMMARY, "Ana Ruiz", SUMMARY3, "Tom Berg"),
            ("Schools Short of Staff", SUMMARY2, "Tom Berg", "March 3, 2024"),
            ("The Ferry Timetable Changes", SUMMARY, "Lena Vogt", "March 2, 2024"),
        ),
        # Nothing under the second sentence: a headline-less teaser between articles.
        _layout_b(
            ("Bus Drivers Walk Out", SUMMARY, "Ana Ruiz"),
            ("Schools Short of Staff", SUMMARY2, SUMMARY3),
            ("The Ferry Timetable Changes", SUMMARY, "Lena Vogt"),
        ),
    ],
)
def test_a_second_paragraph_near_misses(text: str) -> None:
    assert "summary.second_paragraph" not in {d.rule for d in digestparse.parse(text).explain()}


@pytest.mark.parametrize(
    "text",
    [
        # No blank lines at all (layout F): the second sentence is a teaser of its own.
        f"Bus Drivers Walk Out\n{SUMMARY}\nSchools Short of Staff\n{SUMMARY2}\n{SUMMARY3}\n"
        f"The Ferry Timetable Changes\n{SUMMARY}\n",
        # Sections over one-line teasers, no headline and summary pairs.
        f"Transport\n{SUMMARY}\n{SUMMARY3}\n\nSchools\n{SUMMARY2}\n{SUMMARY3}\n",
    ],
)
def test_a_summary_over_two_lines_near_misses(text: str) -> None:
    assert "summary.continued" not in {d.rule for d in digestparse.parse(text).explain()}


@pytest.mark.parametrize(
    "box",
    [
        # A box's heading under chrome under a title: the title is no headline of the blurb.
        "Post navigation\nOlder posts\n\nSign up for our weekly bulletin\n",
        "About us\n",
        "Über uns\n",
    ],
)
def test_a_box_under_the_last_article_is_no_article(box: str) -> None:
    blurb = "One email every Friday with the week's reports from the river towns."
    digest = digestparse.parse(f"Bus Drivers Walk Out\n{SUMMARY}\n\n{box}{blurb}\n")
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out"]
    assert digest.noise[-1].text == blurb


def test_teasers_opening_with_a_headline_and_a_colon_are_split_where_two_do() -> None:
    text = (
        f"- Bus Drivers Walk Out Over Rotas: {SUMMARY}\n"
        f"- Schools Short of Staff Again: {SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        ("Bus Drivers Walk Out Over Rotas", SUMMARY),
        ("Schools Short of Staff Again", SUMMARY2),
    ]
    off = Options(disabled_rules=frozenset({"headline.colon"}))
    assert [a.headline for a in digestparse.parse(text, options=off)] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        # One teaser alone: its colon may be its own.
        f"- Bus Drivers Walk Out Over Rotas: {SUMMARY}\n- {SUMMARY2}\n",
        # A place before the colon opens a sentence (three words: no headline).
        f"- New York City: {SUMMARY}\n- Rio de Janeiro: {SUMMARY2}\n",
        # Sentence case before the colon.
        f"- The union said on Monday: {SUMMARY}\n- Our reporter writes from Leeds: {SUMMARY2}\n",
    ],
)
def test_a_headline_and_a_colon_near_misses(text: str) -> None:
    assert [a.headline for a in digestparse.parse(text)] == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "🕑 5 min read · 💬 12",
        "5 min read · 12 comments",
        "12 Shares · 4 Comments",
        "💬 12",
        "| 12 |",
    ],
)
def test_a_line_of_counts_and_reading_time_is_chrome(line: str) -> None:
    assert kind(line)[1] == "noise.chrome"
    digest = digestparse.parse(f"Bus Drivers Walk Out\n{line}\n{SUMMARY}\n")
    assert [(a.caption, a.headline, a.summary) for a in digest] == [
        (None, "Bus Drivers Walk Out", SUMMARY)
    ]


@pytest.mark.parametrize(
    "line", ["Ana Ruiz · 12", "10 Years of the Blockade", "Route 12 / Route 14", "| Route 12 |"]
)
def test_a_line_of_counts_near_misses(line: str) -> None:
    assert kind(line)[1] != "noise.chrome"


@pytest.mark.parametrize(
    "badge", ["Premium", "🔒 Subscribers only", "Réservé aux abonnés", "Abo", "Plus"]
)
def test_an_access_badge_over_a_headline_is_chrome_not_its_caption(badge: str) -> None:
    assert kind(badge)[1] == "noise.chrome"
    text = f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{badge}\nSchools Short of Staff\n\n{SUMMARY2}\n"
    assert [a.caption for a in digestparse.parse(text)] == [None, None]


def test_an_authors_avatar_over_the_name_leaves_the_name_the_byline() -> None:
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nAvatar photo\nAna Ruiz\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\nAvatar photo\nTom Berg\n"
    )
    assert [(a.caption, a.headline, a.byline) for a in digestparse.parse(text)] == [
        (None, "Bus Drivers Walk Out", "Ana Ruiz"),
        (None, "Schools Short of Staff", "Tom Berg"),
    ]
    # Near miss: a title, not chrome, over the name: a caption over a headline.
    other = text.replace("Avatar photo\nTom Berg", "Cranes at dusk\nTom Berg")
    assert digestparse.parse(other)[1].byline is None


@pytest.mark.parametrize(
    "line", ["Translated by Ana Gil", "Traducción: Ana Gil", "Traduit par Ana Gil et Tom Berg"]
)
def test_a_translators_credit_is_chrome_not_the_next_articles_caption(line: str) -> None:
    assert kind(line)[1] == "noise.chrome"
    text = (
        f"Noticias\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\nBy Ana Ruiz\n\n{line}\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.byline) for a in digest] == [
        (None, "Bus Drivers Walk Out", "Ana Ruiz"),
        (None, "Schools Short of Staff", None),
    ]
    assert [n.text for n in digest.noise] == ["Noticias", line]


@pytest.mark.parametrize(
    "line", ["Translated by machines, the novel loses its jokes", "Translation: the lost art"]
)
def test_a_translators_credit_near_misses(line: str) -> None:
    assert kind(line)[1] != "noise.chrome"


def test_the_sections_a_post_was_filed_in_under_its_headline_are_chrome() -> None:
    text = f"Bus Drivers Walk Out\nin Labour, News\n{SUMMARY}\n\nSchools Short of Staff\nin Culture\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline) for a in digest] == [
        (None, "Bus Drivers Walk Out"),
        (None, "Schools Short of Staff"),
    ]
    # Near miss: a headline wrapped before a place goes on with it.
    digest = digestparse.parse(f"Thousands March Against Rent Rises\nin Berlin\n\n{SUMMARY}\n")
    assert digest[0].headline == "Thousands March Against Rent Rises in Berlin"


def test_a_lone_caption_under_page_chrome_above_the_first_article() -> None:
    text = (
        f"Archives: Andes\n\nMiners at the gate\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"Quito street market\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [a.caption for a in digest] == ["Miners at the gate", "Quito street market"]
    assert [n.text for n in digest.noise] == ["Archives: Andes"]
    # The page's name in title case stands there as chrome does.
    digest = digestparse.parse(text.replace("Archives: Andes", "The Andes Desk"))
    assert [a.caption for a in digest] == ["Miners at the gate", "Quito street market"]
    # Near misses: a phrase over it (a tagline, or alt text) leaves two titles: page
    # titles; under chrome, a short name in capitals is the page's section.
    digest = digestparse.parse(text.replace("Archives: Andes", "News from the mountain towns"))
    assert [a.caption for a in digest] == [None, "Quito street market"]
    digest = digestparse.parse(text.replace("Miners at the gate", "Latin America"))
    assert [a.caption for a in digest] == [None, "Quito street market"]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Bus Drivers Walk Out Over Rotas - November 28, 2026", "November 28, 2026"),
        ("Bus Drivers Walk Out Over Rotas (November 28, 2026)", "November 28, 2026"),
        ("28/11/2026 | Bus Drivers Walk Out Over Rotas", "28/11/2026"),
    ],
)
def test_a_date_on_the_headlines_line_is_its_date_where_two_show_it(line: str, date: str) -> None:
    # (Four capitalised words and a date read as a name and its date: a byline.)
    headline = "Bus Drivers Walk Out Over Rotas"
    other = line.replace(headline, "Schools Short of Staff This Winter").replace("28", "27")
    text = f"{line}\n{SUMMARY}\n\n{other}\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert (digest[0].headline, digest[0].date) == (headline, date)
    assert digest[1].headline == "Schools Short of Staff This Winter"
    off = Options(disabled_rules=frozenset({"date.in_headline"}))
    assert digestparse.parse(text, options=off)[0].headline == line


@pytest.mark.parametrize(
    "text",
    [
        # One headline alone: its date may be its own words.
        f"Bus Drivers Walk Out - November 28, 2026\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n",
        # A month and year, a relative date: no day named.
        f"The General Strike - May 1926\n{SUMMARY}\n\nThe Lockout - June 1926\n{SUMMARY2}\n",
        f"Bus Drivers Walk Out (2 days ago)\n{SUMMARY}\n\nSchools Short (3 days ago)\n{SUMMARY2}\n",
    ],
)
def test_a_date_on_the_headlines_line_near_misses(text: str) -> None:
    assert "date.in_headline" not in {d.rule for d in digestparse.parse(text).explain()}


def test_a_byline_and_a_dash_opening_the_summary_give_the_author() -> None:
    text = (
        f"Bus Drivers Walk Out\nBy Ana Ruiz — {SUMMARY}\n\n"
        f"Schools Short of Staff\nBy Tom Berg | March 4, 2019 — {SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.byline, a.date, a.summary) for a in digest] == [
        ("Ana Ruiz", None, SUMMARY),
        ("Tom Berg", "March 4, 2019", SUMMARY2),
    ]
    assert [d.roles for d in digest.explain()][-1] == ("byline", "date", "summary")
    off = Options(disabled_rules=frozenset({"byline.lead"}))
    assert digestparse.parse(text, options=off)[0].summary == f"By Ana Ruiz — {SUMMARY}"
    # The name is held to Options.name_max_words, as every byline is.
    longer = f"Bus Drivers Walk Out\nBy Ana Maria Ruiz — {SUMMARY}\n"
    assert digestparse.parse(longer)[0].byline == "Ana Maria Ruiz"
    short = Options(name_max_words=2)
    assert digestparse.parse(longer, options=short)[0].byline is None


@pytest.mark.parametrize("date", ["2019-03-04", "04.03.2019", "4 March 2019"])
def test_a_byline_and_a_date_in_figures_opening_the_summary_give_both(date: str) -> None:
    text = f"Schools Short of Staff\nBy Tom Berg | {date} — {SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.byline, a.date, a.summary) for a in digest] == [("Tom Berg", date, SUMMARY2)]


@pytest.mark.parametrize(
    "summary",
    [
        f"By the end of the week — {SUMMARY}",  # no name after the marker
        "By Ana Ruiz — a short one.",  # no sentence after the dash
    ],
)
def test_a_byline_opening_the_summary_near_misses(summary: str) -> None:
    digest = digestparse.parse(f"Bus Drivers Walk Out\n{summary}\n")
    assert (digest[0].byline, digest[0].summary) == (None, summary)


def test_a_summary_signed_after_a_dash_gives_the_author() -> None:
    short = "Turnout was the highest in years, and four in five voted no."
    text = (
        f"{SUMMARY} — Ana Ruiz\n\n{short} – Tom Berg and Lena Marsh\n\n"
        f"Schools Short of Staff\n{SUMMARY2} - Owen Pryce\n"
    )
    assert kind(f"{short} – Tom Berg") == (Kind.SENTENCE, "summary.signed")
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary, a.byline) for a in digest] == [
        (None, SUMMARY, "Ana Ruiz"),
        (None, short, "Tom Berg and Lena Marsh"),
        ("Schools Short of Staff", SUMMARY2, "Owen Pryce"),
    ]
    assert digest.explain()[0].roles == ("summary", "byline")
    # Switched off, the summary keeps its signature; a shorter one is a title then.
    off = Options(disabled_rules=frozenset({"byline.signed"}))
    assert [a.byline for a in digestparse.parse(text, options=off)] == [None, None, None]
    assert kind(f"{short} – Tom Berg", disabled_rules={"summary.signed"})[1] == "title.default"
    # A name in brackets signs it too: "… voted no. (Tom Berg)".
    brackets = f"In brief\n\n{SUMMARY} (Ana Ruiz)\n\n{short} (Tom Berg and Lena Marsh)\n"
    assert [(a.summary, a.byline) for a in digestparse.parse(brackets)] == [
        (SUMMARY, "Ana Ruiz"),
        (short, "Tom Berg and Lena Marsh"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        f"{SUMMARY[:-1]} — Ana Ruiz",  # no end of a sentence before the dash
        f"{SUMMARY} — and the talks go on",  # no name after it
        f"{SUMMARY} — Ana Maria de la Ruiz Soto",  # a name longer than name_max_words
        f"{SUMMARY} (Reuters)",  # in brackets, one word: an agency, "(Video)", "(Updated)"
        f"{SUMMARY[:-1]} (Ana Ruiz)",  # no end of a sentence before the bracket
        f"{SUMMARY} (see page 4)",  # no name in it
    ],
)
def test_a_summary_signed_after_a_dash_near_misses(line: str) -> None:
    digest = digestparse.parse(f"Bus Drivers Walk Out\n{line}\n")
    assert (digest[0].summary, digest[0].byline) == (line, None)


def test_a_date_heading_glued_above_a_group_without_blank_lines() -> None:
    text = (
        f"March 4, 2019\nBus Drivers Walk Out\n{SUMMARY}\nSchools Short of Staff\n{SUMMARY2}\n"
        f"March 2, 2019\nThe Ferry Timetable Changes\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [a.date for a in digest] == ["March 4, 2019", "March 4, 2019", "March 2, 2019"]
    # Near miss: a date above every headline is each article's own.
    text = f"March 4, 2019\nBus Drivers Walk Out\n\n{SUMMARY}\n\nMarch 2, 2019\nSchools Short of Staff\n\n{SUMMARY2}\n"
    assert {d.rule for d in digestparse.parse(text).explain()} & {"date.heading"} == set()


@pytest.mark.parametrize("line", ["Ana Ruiz | Contributor", "Tom Berg · Labour Correspondent"])
def test_a_name_and_role_after_a_sign_under_the_headline_is_the_byline(line: str) -> None:
    text = (
        f"Bus Drivers Walk Out Over Rotas\n{line}\n{SUMMARY}\n\n"
        f"Schools Short of Staff This Winter\n{line}\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.byline) for a in digest] == [
        (None, "Bus Drivers Walk Out Over Rotas", line),
        (None, "Schools Short of Staff This Winter", line),
    ]


@pytest.mark.parametrize("line", ["World | Middle East", "Opinion | Housing", "Ana Ruiz | Housing"])
def test_a_name_and_role_after_a_sign_near_misses(line: str) -> None:
    assert name_with_role(line) is None


def test_a_byline_line_is_continued_by_no_lower_case_line() -> None:
    text = (
        "Bus Drivers Walk Out\nWritten by Ana Ruiz Monday, 2 May 2011\n"
        f"thumb depot 120x80{SUMMARY}\n"
        "Schools Short of Staff\nWritten by Tom Berg Friday, 29 April 2011\n"
        f"thumb school 120x80{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.byline, a.date) for a in digest] == [
        ("thumb depot 120x80", "Ana Ruiz", "Monday, 2 May 2011"),
        ("thumb school 120x80", "Tom Berg", "Friday, 29 April 2011"),
    ]
    # Nor is a date line's: the lower-case line under it is the summary.
    lower = "drivers stopped work on Monday after managers imposed new shifts without talks."
    digest = digestparse.parse(f"Bus Drivers Walk Out\nMarch 4, 2019\n{lower}\n")
    assert [(a.date, a.summary) for a in digest] == [("March 4, 2019", lower)]


def test_sentence_caption_opening_a_bulleted_item() -> None:
    text = f"  • Children waiting at the school gate in the rain.\n\n    Schools Short of Staff\n\n    {SUMMARY}\n"
    assert digestparse.parse(text)[0].caption == "Children waiting at the school gate in the rain."
    # Without the headline block in between, the sentence is the item's teaser.
    text = f"  • Children waiting at the school gate in the rain today.\n\n    {SUMMARY}\n"
    assert [a.caption for a in digestparse.parse(text)] == [None, None]


def test_a_line_above_several_headlines_is_a_kicker() -> None:
    text = (
        f"Marxist Theory\nWhy the Co-op Model Still Works\n\n{SUMMARY}\n\n"
        f"Cranes at dusk\nDock Workers Strike Again\n\n{SUMMARY2}\n\n"
        f"Marxist Theory\nWhat Value Really Means\n\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.kicker) for a in digest] == [
        (None, "Marxist Theory"),
        ("Cranes at dusk", None),
        (None, "Marxist Theory"),
    ]
    assert explain(text)["Marxist Theory"] == "kicker.repeated"
    # The same picture above the same headline twice is still a caption.
    twice = f"Cranes at dusk\nDock Workers Strike\n\n{SUMMARY}\n\nCranes at dusk\nDock Workers Strike\n\n{SUMMARY2}\n"
    assert [a.caption for a in digestparse.parse(twice)] == ["Cranes at dusk", "Cranes at dusk"]


def test_teasers_without_full_stops_in_their_own_blocks() -> None:
    text = (
        "Bus Drivers Walk Out\n\nDrivers at the depot stopped work after managers imposed new shifts\n\n"
        "Schools Short of Staff\n\nHead teachers say they cannot find cover for sick staff this winter\n\n"
        f"Library Opens on Sundays\n\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == [
        "Bus Drivers Walk Out",
        "Schools Short of Staff",
        "Library Opens on Sundays",
    ]
    assert all(a.summary for a in digest)


def test_headlines_ending_in_a_full_stop_where_the_listing_pairs_them() -> None:
    long1 = "Drivers at the Northgate depot stopped work on Monday after managers imposed new shift patterns without talks."
    long2 = "Head teachers say they cannot find cover for sick staff, and some classes have been sent home for the day."
    pairs = (
        f"El gobierno aprueba la reforma.\n\n{long1}\n\nLos maestros van a la huelga.\n\n{long2}\n"
    )
    assert [a.headline for a in digestparse.parse(pairs)] == [
        "El gobierno aprueba la reforma.",
        "Los maestros van a la huelga.",
    ]
    assert explain(pairs)["Los maestros van a la huelga."] == "headline.full_stop"
    # Teasers of similar length stay teasers, one pair alone is no pattern.
    assert [a.headline for a in digestparse.parse(f"{SUMMARY}\n\n{SUMMARY2}\n\n{long1}\n")] == [
        None
    ] * 3
    assert [
        a.headline for a in digestparse.parse(f"A short teaser on the night strike.\n\n{long1}\n")
    ] == [
        None,
        None,
    ]


def test_without_blank_lines_a_name_under_every_summary_is_its_author() -> None:
    text = f"Bus Drivers Walk Out\n{SUMMARY}\nLeft Voice\nSchools Short of Staff\n{SUMMARY2}\nLeft Voice\n"
    digest = digestparse.parse(text)
    assert [(a.kicker, a.caption, a.byline) for a in digest] == [(None, None, "Left Voice")] * 2


def test_a_name_ending_the_summary_block_is_its_author() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nAna Ruiz, Transport Reporter\n\n"
        f"{SUMMARY2}\nTom Berg\n\n{SUMMARY}\nOwen Pryce\n\n"
        f"Library Opens on Sundays\n{SUMMARY2}\nLena Marsh\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.caption) for a in digest] == [
        ("Bus Drivers Walk Out", "Ana Ruiz, Transport Reporter", None),
        # Teasers, signed: not a caption over a headline, nor a headline.
        (None, "Tom Berg", None),
        (None, "Owen Pryce", None),
        ("Library Opens on Sundays", "Lena Marsh", None),
    ]
    assert explain(text)["Tom Berg"] == "byline.after_summary"
    # Near misses: with no blank lines (layout F) a title between a summary and
    # a headline is the next article's caption; a sentence over a name-like
    # headline that ends its block is alt text where no article is signed.
    glued = f"Bus Drivers Walk Out\n{SUMMARY}\nAna Ruiz\nSchools Short of Staff\n{SUMMARY2}\n"
    assert [a.caption for a in digestparse.parse(glued)] == [None, "Ana Ruiz"]
    caption = (
        f"Protesters gather outside the town hall on Tuesday.\nFerry Fares Frozen\n\n{SUMMARY}\n"
    )
    assert [(a.caption, a.headline) for a in digestparse.parse(caption)] == [
        ("Protesters gather outside the town hall on Tuesday.", "Ferry Fares Frozen")
    ]


@given(st.text(st.sampled_from(" .:!»›>→…-–—[]()+«‹<←ab"), max_size=12))
def test_chrome_trim_strips_what_the_former_pattern_cut(text: str) -> None:
    """The chrome test strips ends with str methods; the pattern it replaced, for reference."""
    from digestparse import features

    former = regex.sub(r"[\s.:!»›>→…\-–—\[\]()+]+$|^[\s\[(«‹<←]+", "", text)
    assert text.rstrip(features._CHROME_TAIL).lstrip(features._CHROME_HEAD) == former


@pytest.mark.parametrize(
    ("line", "summary"),
    [
        (
            "Tenants form a union after a third rent rise. Read more »",
            "Tenants form a union after a third rent rise.",
        ),
        (
            "Crane operators voted to walk out, saying the rota […] Continue reading →",
            "Crane operators voted to walk out, saying the rota […]",
        ),
        (
            "La protesta sumó a cuatro barrios más este martes... Leer más",
            "La protesta sumó a cuatro barrios más este martes...",
        ),
        (
            "The hall fills with songs from four continents. (more…)",
            "The hall fills with songs from four continents.",
        ),
        (
            "Die Kranführer wollen nächste Woche streiken. [Weiterlesen]",
            "Die Kranführer wollen nächste Woche streiken.",
        ),
        # A blog theme's link names the article before its arrow.
        (
            "Tenants say they are done waiting. … Continue reading Bus Drivers Walk Out →",
            "Tenants say they are done waiting. …",
        ),
        (
            "La protesta sumó a cuatro barrios. Seguir leyendo «Huelga en el metro» »",
            "La protesta sumó a cuatro barrios.",
        ),
        # A teaser cut off with no sign: the link opens with a capital and ends with
        # its arrow, or stands in brackets.
        (
            "Tenants say they are done waiting for the council Read more »",
            "Tenants say they are done waiting for the council",
        ),
        (
            "La protesta sumó a cuatro barrios del sur [Leer más]",
            "La protesta sumó a cuatro barrios del sur",
        ),
    ],
)
def test_a_link_to_the_whole_article_is_cut_from_the_end_of_its_teaser(
    line: str, summary: str
) -> None:
    text = f"Bus Drivers Walk Out\n{line}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [a.summary for a in digest] == [summary, SUMMARY2]
    assert digest[0].truncated is summary.endswith(("…]", "...", "…"))
    # The link stays in the article's span: nothing of the line is noise.
    assert list(digest.noise) == [] and text[slice(*digest[0].span)].endswith(line)


@pytest.mark.parametrize(
    "line",
    [
        "Children who read more do better at school, the study found.",  # not after a sentence's end
        "Parents simply want more",
        "Why? Read more",  # fewer than three words would be left
        "Why? Continue reading the report →",  # the same with the link naming it
        "The vote passed. Continue reading the report",  # no arrow ends the named link
        "Parents simply want to read more »",  # cut off with no sign, in lower case
        "We went to the library to Read More",  # no arrow, no brackets
    ],
)
def test_near_misses_of_a_link_to_the_whole_article(line: str) -> None:
    from digestparse.units import without_read_on

    assert without_read_on(line) == line


def test_a_link_to_the_whole_article_alone_on_its_line_is_chrome() -> None:
    text = f"Bus Drivers Walk Out\n{SUMMARY}\nRead more »\n\nSchools Short of Staff\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [a.summary for a in digest] == [SUMMARY, SUMMARY2]
    assert [n.text for n in digest.noise] == ["Read more »"]


def test_alt_text_and_the_photo_credit_above_a_headline_are_one_caption() -> None:
    text = (
        f"Drivers at the depot\nPhoto: Ana Ruiz/Reuters\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.kicker) for a in digest] == [
        ("Drivers at the depot Photo: Ana Ruiz/Reuters", None),
        (None, None),
    ]
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)
    # Near miss: two plain titles are the picture's alt text and a kicker.
    plain = text.replace("Photo: Ana Ruiz/Reuters", "Night Shift Series")
    first = digestparse.parse(plain)[0]
    assert (first.caption, first.kicker) == ("Drivers at the depot", "Night Shift Series")


def test_short_standfirsts_in_sentence_case_under_title_case_headlines_are_summaries() -> None:
    text = (
        "Ferry Crews Accept the New Rota\n\nSailings return to normal from Monday\n\n"
        "Why the Coast Road Keeps Falling Into the Sea\n\nGeologists blame the clay under the cliffs\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        ("Ferry Crews Accept the New Rota", "Sailings return to normal from Monday"),
        (
            "Why the Coast Road Keeps Falling Into the Sea",
            "Geologists blame the clay under the cliffs",
        ),
    ]
    assert explain(text)["Geologists blame the clay under the cliffs"] == "summary.after_title"


@pytest.mark.parametrize(
    "second",
    [
        "Sailings Return to Normal From Monday",  # title case too: two headlines
        "Sailings resume Monday",  # too short to tell
    ],
)
def test_near_misses_of_a_short_standfirst(second: str) -> None:
    text = f"Ferry Crews Accept the New Rota\n\n{second}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    assert all(a.summary != second for a in digestparse.parse(text))


@pytest.mark.parametrize("tail", ["Tags: Ferries, Unions", "Posted in News", "Leer más"])
def test_a_short_standfirst_keeps_its_reading_with_chrome_glued_under_it(tail: str) -> None:
    text = (
        f"Ferry Crews Accept the New Rota\n\nSailings return to normal from Monday\n{tail}\n\n"
        f"Why the Coast Road Keeps Falling Into the Sea\n\n"
        f"Geologists blame the clay under the cliffs\n{tail}\n"
    )
    assert [a.summary for a in digestparse.parse(text)] == [
        "Sailings return to normal from Monday",
        "Geologists blame the clay under the cliffs",
    ]
    # Near miss: a title glued under the short line is no chrome; the block is not one teaser.
    titled = text.replace(tail, "Crew Rota Explained")
    assert "Sailings return to normal from Monday" not in [
        a.summary for a in digestparse.parse(titled)
    ]


def test_sentence_case_reads_past_the_first_word_and_a_name() -> None:
    assert extract("Sailings return to normal from Monday").sentence_case
    assert not extract("Ferry Crews Accept the New Rota").sentence_case
    assert not extract("Petro meets Maduro in Caracas").sentence_case


def test_names_glued_under_title_case_headlines_are_their_bylines() -> None:
    heads = ["Bus Drivers Walk Out Over New Shifts", "Schools Are Short of Staff This Winter"]
    names = ["Ana Ruiz & Tom Berg", "Mia Lind, Staff Writer"]
    text = "".join(
        f"{head}\n{name}\n\n{summary}\n\n"
        for head, name, summary in zip(heads, names, [SUMMARY, SUMMARY2], strict=True)
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.byline) for a in digest] == [
        (None, heads[0], names[0]),
        (None, heads[1], names[1]),
    ]
    # Near miss: alt text in sentence case over headlines that read as names
    # is the caption of each (layout A).
    alt = "Drivers at the depot\nBudget Approved\n\n" + SUMMARY + "\n\n"
    alt += "Children at the gate\nStaff Shortage\n\n" + SUMMARY2 + "\n"
    assert [(a.caption, a.headline) for a in digestparse.parse(alt)] == [
        ("Drivers at the depot", "Budget Approved"),
        ("Children at the gate", "Staff Shortage"),
    ]


def test_a_title_ending_the_summarys_block_is_not_the_next_headlines_caption() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n(The Ledger, 6 min)\n\n"
        f"Schools Short of Staff\n{SUMMARY2}\n(Valley Press, 4 min)\n\n"
        f"The Ferry Timetable Changes\n{SUMMARY}\n"
    )
    digest = digestparse.parse(text)
    assert [a.caption for a in digest] == [None, None, None]
    assert explain(text)["(The Ledger, 6 min)"] == "noise.summary_block"
    # Near miss: a title in a block of its own between two articles is the
    # next one's caption (caption.lone_title).
    apart = text.replace(")\n\nSchools", ")\n\n\nSchools").replace(
        "\n(The Ledger", "\n\n(The Ledger"
    )
    assert [a.caption for a in digestparse.parse(apart)][1] == "(The Ledger, 6 min)"


def test_a_title_under_the_articles_date_in_their_block_is_not_the_next_caption() -> None:
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n2 hrs ago\nUK\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\nBy Ana Ruiz\nEducation\n\n"
        f"The Ferry Timetable Changes\n\n{SUMMARY}\n\n1 day ago\nEngland\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.date, a.byline) for a in digest] == [
        (None, "2 hrs ago", None),
        (None, None, "Ana Ruiz"),
        (None, "1 day ago", None),
    ]
    assert [n.text for n in digest.noise] == ["UK", "Education", "England"]
    assert explain(text)["UK"] == "noise.summary_block"
    # A name of two words or more there is the article's author.
    named = text.replace("UK", "Ana Ruiz").replace("England", "Tom Berg")
    assert [a.byline for a in digestparse.parse(named)] == ["Ana Ruiz", "Ana Ruiz", "Tom Berg"]
    # Near misses: a title in a block of its own under the date, or glued
    # above the next headline (its caption), is not the article's section.
    for apart in (text.replace("ago\nUK", "ago\n\nUK"), text.replace("UK\n\n", "UK\n")):
        assert explain(apart)["UK"] != "noise.summary_block"
    # Glued above the next headline, a place the lexicon knows is its kicker.
    assert digestparse.parse(text.replace("UK\n\n", "UK\n"))[1].kicker == "UK"


def test_a_cookie_notice_is_chrome_however_long() -> None:
    notice = (
        "We use cookies to improve your experience on our site. By continuing to browse "
        "you agree to our use of cookies and to our privacy policy."
    )
    assert classify(extract(notice), Options()).rule == "noise.chrome"
    digest = digestparse.parse(f"{notice}\n\nBus Drivers Walk Out\n\n{SUMMARY}\n")
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out"]


def test_the_blurb_under_a_call_to_the_reader_is_no_article() -> None:
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n"
        "Sign up for our newsletter\n\n"
        "Get the week's best stories delivered to your inbox every Friday morning.\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out", "Schools Short of Staff"]
    assert (
        explain(text)["Get the week's best stories delivered to your inbox every Friday morning."]
        == "noise.box"
    )
    author = text.replace("Sign up for our newsletter", "About the author").replace(
        "Get the week's best stories delivered to your inbox every Friday morning.",
        "Ana Ruiz covers transport and schools for the paper from its office in Leeds.",
    )
    assert len(digestparse.parse(author)) == 2
    # A box named by one word, a title: "Newsletter".
    named = text.replace("Sign up for our newsletter", "Newsletter")
    assert [a.headline for a in digestparse.parse(named)] == [
        "Bus Drivers Walk Out",
        "Schools Short of Staff",
    ]
    assert explain(named)["Newsletter"] == "noise.box"
    # Near miss: apart from the heading, a sentence that speaks to no reader
    # is the next article's, as it would be with no box above.
    apart = text.replace(
        "Get the week's best stories delivered to your inbox every Friday morning.",
        "Dockers walked out at the container terminal on Monday.",
    )
    assert "Dockers walked out at the container terminal on Monday." in [
        a.summary for a in digestparse.parse(apart)
    ]


def test_headlines_alone_still_read_so_over_a_box_and_a_footer() -> None:
    # The box's blurb is a sentence and the footer's notice another: neither
    # may make the listing one of summaries, with no article at all.
    heads = [
        "Bus Drivers Walk Out Over Rotas",
        "Schools Short of Staff Again",
        "Harbour Cranes Stand Still",
        "Allotments Win Their Water Troughs",
    ]
    listing = "Most read\n\n" + "\n\n".join(heads)
    footer = (
        "\n\nSign up for our newsletter\n"
        "Get the week's best stories in your inbox every Friday.\nSubscribe\n\n"
        "© 2024 The Harbour Weekly. All rights reserved.\nPrivacy Policy | Contact\n"
    )
    assert [a.headline for a in digestparse.parse(listing + footer)] == heads
    # Near miss: a sentence under no box's heading is a teaser of the listing.
    teaser = "The ferry company says the new timetable starts on Monday."
    assert any(a.summary == teaser for a in digestparse.parse(f"{listing}\n\n{teaser}\n"))


def test_two_title_case_headlines_left_in_a_block_are_two_articles() -> None:
    # A box of headlines ("Most read") between articles: no headline and teaser.
    box = "Man Rescued From Quarry Lake\nSchool Wins National Chess Title"
    text = f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{box}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest][1:3] == [
        ("Man Rescued From Quarry Lake", None),
        ("School Wins National Chess Title", None),
    ]
    # Near miss: a short teaser in sentence case under its headline stays a pair.
    pair = text.replace("School Wins National Chess Title", "The diver was unhurt")
    assert [(a.headline, a.summary) for a in digestparse.parse(pair)][1] == (
        "Man Rescued From Quarry Lake",
        "The diver was unhurt",
    )


@pytest.mark.parametrize(
    ("above", "headline"),
    [
        ("Subscribe", None),  # a button, not a heading over a blurb: the teaser stays one
        ("Support for the Strike Grows", "Support for the Strike Grows"),  # a headline
    ],
)
def test_near_misses_of_a_call_to_the_reader(above: str, headline: str | None) -> None:
    text = f"{SUMMARY2}\n\n{above}\n\n{SUMMARY}\n"
    digest = digestparse.parse(text)
    assert digest[-1].summary == SUMMARY and digest[-1].headline == headline


WRAPPED = (
    "Dock Workers Vote to Strike Over Night Shifts\n"
    "Crane operators at the port of Eastmere voted by a wide margin to walk\n"
    "out next week, saying the new rota leaves them with four hours of sleep.\n"
    "Mayor Lee said the city would offer to mediate between the two sides.\n"
)


def test_a_hard_wrapped_paragraph_is_one_summary_whatever_its_lines_open_with() -> None:
    text = WRAPPED + f"\nSchools Short of Staff\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == [
        "Dock Workers Vote to Strike Over Night Shifts",
        "Schools Short of Staff",
    ]
    assert digest[0].summary is not None and digest[0].summary.endswith("between the two sides.")


@pytest.mark.parametrize(
    ("change", "articles"),
    [
        # The line above is not full: the capital opens a sentence of its own.
        (
            (
                "out next week, saying the new rota leaves them with four hours of sleep.",
                "out next week.",
            ),
            3,
        ),
        # A title-case line under a full one is a headline, not the text going on.
        (
            (
                "Mayor Lee said the city would offer to mediate between the two sides.",
                "Mayor Lee Offers to Mediate\nThe city said it would talk to both sides on Monday.",
            ),
            3,
        ),
    ],
)
def test_near_misses_of_a_hard_wrapped_paragraph(change: tuple[str, str], articles: int) -> None:
    text = WRAPPED.replace(*change) + f"\nSchools Short of Staff\n{SUMMARY2}\n"
    assert len(digestparse.parse(text)) == articles


def test_a_small_word_in_capitals_under_a_full_line_opens_the_summary() -> None:
    # Wrapped at 72: the headline is as wide as the text, with no stop; the line
    # under it opens with "The", which no sentence broken in its middle does.
    head = "Harbour Workers Vote to Strike Over the New Night Shift Rota at Eastmere"
    summary = (
        "The union said the new rota leaves crane operators with four hours of\n"
        "sleep a night, and that talks with the port authority broke down.\n"
    )
    text = f"LABOUR\n{head}\n{summary}\nSchools Short of Staff\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        (head, " ".join(summary.split())),
        ("Schools Short of Staff", SUMMARY2),
    ]
    # Near miss: under a line that ends a sentence, a small word in capitals
    # opens the paragraph's next sentence: it goes on with it.
    stopped = WRAPPED.replace("Mayor Lee said the city", "The mayor said the city")
    summary_of = digestparse.parse(stopped)[0].summary
    assert summary_of is not None and summary_of.endswith("between the two sides.")


def test_a_name_alone_under_a_full_line_is_no_wrapped_words() -> None:
    # Wrapped at 72: a headline as wide as the text, its author's name under it.
    head = "Harbour workers vote to strike over the new night shift rota at Eastmere"
    summary = (
        "The union said the new rota leaves crane operators with four hours of\n"
        "sleep a night, and that talks with the port authority broke down.\n"
    )
    text = f"LABOUR\n{head}\nAna Ruiz\n{summary}\nSchools Short of Staff\nTom Berg\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert (digest[0].headline, digest[0].byline) == (head, "Ana Ruiz")
    # Near miss: under a line stopping on a small word, the name ends its sentence.
    small = text.replace("rota at Eastmere", "rota set up with")
    assert digestparse.parse(small)[0].byline is None


_LONG_HEADLINE = "Sixty Years of the Harbour Blockade: How the Island Kept Its Ferries\nRunning"


def test_the_width_a_listings_paragraphs_were_wrapped_at_holds_for_its_titles() -> None:
    # The paragraph shows the width (72); the caption's block has no line in lower case.
    paragraph = WRAPPED.split("\n", 1)[1]  # three lines, the second in lower case
    text = (
        f"Cranes at dusk\n{_LONG_HEADLINE}\n\n{paragraph}\n"
        "Schools Short of Staff\n"
        "Members voted to reinvest last year's surplus in a shop near the station\n"
        "Read More\n"
    )
    digest = digestparse.parse(text)
    assert (digest[0].caption, digest[0].headline) == (
        "Cranes at dusk",
        _LONG_HEADLINE.replace("\n", " "),
    )
    # A short line of chrome under a full line goes on with nothing; a truncation
    # marker alone goes on with it.
    assert digest[-1].summary == (
        "Members voted to reinvest last year's surplus in a shop near the station"
    )
    cut = digestparse.parse(text.replace("Read More", "[...]"))
    assert cut[-1].summary is not None and cut[-1].summary.endswith("station [...]")
    # A full first line with names in it (not title case) goes on, though the
    # line under it opens with names too.
    named = (
        "An interview with Ana Ruiz, a crane driver and a member of the Eastmere\n"
        "Dockers Union (EDU) in Harbour Town, on the strike and what it means for\n"
        "the other ports.\n"
    )
    digest = digestparse.parse(f"Cranes at dusk\n{_LONG_HEADLINE}\n\n{named}")
    assert [(a.headline, a.summary) for a in digest] == [
        (_LONG_HEADLINE.replace("\n", " "), " ".join(named.split()))
    ]
    # Near miss: with no paragraph showing a width, the lines stand as pasted.
    unwrapped = f"Cranes at dusk\n{_LONG_HEADLINE}\n\n{SUMMARY}\n"
    assert digestparse.parse(unwrapped)[0].headline == "Running"


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_title_case_headline_a_dash_and_a_sentence_on_one_line(dash: str) -> None:
    text = (
        f"• Bus Drivers Walk Out Over Shifts {dash} {SUMMARY}\n"
        f"• Schools Short of Staff This Winter {dash} {SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        ("Bus Drivers Walk Out Over Shifts", SUMMARY),
        ("Schools Short of Staff This Winter", SUMMARY2),
    ]
    assert explain(text)[f"Bus Drivers Walk Out Over Shifts {dash} {SUMMARY}"] == "headline.dash"
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)


@pytest.mark.parametrize(
    "line",
    [
        "Vecinos cortan la avenida — La protesta sumó a cuatro barrios más este martes.",
        "Bus Drivers Walk Out — who stopped work on Monday after managers imposed new shifts.",
        "Ana Ruiz Lopez — Drivers stopped work on Monday after managers imposed new shifts.",
        "Bus Drivers Walk Out — Drivers Stop Work On Monday After Managers Impose New Shifts.",
    ],
)
def test_near_misses_of_a_headline_and_a_dash(line: str) -> None:
    from digestparse.rules import dash_headline

    assert dash_headline(line) is None


def test_a_title_above_bulleted_teasers_heads_them() -> None:
    text = f"Also worth reading\n\n• {SUMMARY}\n• {SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [(None, SUMMARY), (None, SUMMARY2)]
    assert explain(text)["Also worth reading"] == "noise.section_title"
    # Near miss: a bullet on the headline's line, the summary under it.
    item = f"• Bus Drivers Walk Out\n{SUMMARY}\n• Schools Short of Staff\n{SUMMARY2}\n"
    assert [a.headline for a in digestparse.parse(item)] == [
        "Bus Drivers Walk Out",
        "Schools Short of Staff",
    ]


@pytest.mark.parametrize(
    "lead", ["Mar 4, 2019 —", "4 March 2019 -", "2 days ago ·", "04.03.2019 |"]
)
def test_a_date_and_a_dash_opening_the_summary_are_its_date(lead: str) -> None:
    text = f"Bus Drivers Walk Out\n{lead} {SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.summary, a.date) for a in digest] == [
        (SUMMARY, lead[:-2]),
        (SUMMARY2, None),
    ]
    assert explain(text)[f"{lead} {SUMMARY}"] == "date.lead"
    assert list(digestparse.parse(digestparse.render(digest))) == list(digest)


@pytest.mark.parametrize(
    ("date", "sign", "rest"),
    [
        ("Mar 4, 2019", " ...", SUMMARY),
        ("4 March 2019", " …", "drivers stopped work on the night shift, and the depot shut."),
    ],
)
def test_a_search_snippets_date_and_ellipsis_opening_the_summary_are_its_date(
    date: str, sign: str, rest: str
) -> None:
    # A search page's snippet may be cut anywhere in its sentence: any letter may follow.
    digest = digestparse.parse(f"Bus Drivers Walk Out\n{date}{sign} {rest}\n")
    assert [(a.summary, a.date) for a in digest] == [(rest, date)]


@pytest.mark.parametrize(
    "line",
    [
        "Mar 4, 2019 ... Drivers walked out.",  # too short for a summary
        "March 4, 2019 was the day the drivers stopped work after managers imposed shifts.",
        "Mar 4, 2019 — the drivers stopped work after managers imposed new shifts.",  # lower case
        "Mar 4, 2019 — Drivers walked out.",  # too short for a summary
        "Drivers stopped work on Mar 4, 2019 — Managers imposed new shifts without talks.",
    ],
)
def test_near_misses_of_a_date_opening_the_summary(line: str) -> None:
    from digestparse.rules import date_lead

    assert date_lead(line) is None


def test_a_wrapped_paragraph_goes_on_past_names_and_its_last_word() -> None:
    summary = (
        "Aram Ruiz and Tom Berg Lindqvist, the co-directors of the\n"
        "Observatory of Communication and Democracy (OCD), wrote that the port\n"
        "authority had broken its word to the Eastmere Dockers' Union and to\n"
        "Obama.\n"
    )
    text = f"Bus Drivers Walk Out\n\n    {summary}\nSchools Short of Staff\n\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [a.headline for a in digest] == ["Bus Drivers Walk Out", "Schools Short of Staff"]
    assert digest[0].summary == " ".join(summary.split())


@pytest.mark.parametrize("marker", ["Photo-", "Foto -", "Photo credit –"])
def test_a_credits_marker_alone_ends_the_wrapped_caption_above(marker: str) -> None:
    caption = (
        "Of the hundred busiest ferry routes in the region, only twenty have a\n"
        "timetable that runs after dark, so the islands empty out every night.\n"
    )
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{caption}{marker}\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [a.caption for a in digest] == [None, " ".join(caption.split()) + " " + marker]
    # Near miss: a marker with its credit ("Photo: Reuters") is a line of its own.
    assert len(digestparse.parse(text.replace(marker, "Photo: Reuters"))) == 3


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Households in the east pay a third more than they did in",
            "2019, and the regulator says why.",
        ),
        (
            "Réunis en assemblée générale mardi, les agents du dépôt de",
            "Villeneuve ont décidé de poursuivre le mouvement.",
        ),
        (
            "The drivers, who walked out on Monday,",
            "Managers Imposed the New Shifts Without Talks.",
        ),
        # "sur" in a French line: a preposition.
        (
            "Les agents du dépôt se prononcent ce mardi sur",
            "La reconduction du mouvement.",
        ),
    ],
)
def test_a_line_that_stops_where_no_sentence_can_goes_on(first: str, second: str) -> None:
    text = f"Bus Drivers Walk Out\n\n{first}\n{second}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        ("Bus Drivers Walk Out", f"{first} {second}"),
        ("Schools Short of Staff", SUMMARY2),
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Why the strike goes on",
        "What the mayor signed up for",
        "The rents nobody can keep up with",
        "Gewerkschaft kündigt neue Warnstreiks an",
        "Die Stadt stellt den Nachtbus ein",
        # A word that leaves a line of one language open ends one of another.
        "Cortes de agua en tres barrios del sur",
        "Why the old coral reefs die",
        "Why the nurses finally said no",
        "What can the unions do",
        "Endlich ist der Frühling da",
    ],
)
def test_near_miss_a_headline_in_sentence_case_that_ends_with_a_particle(headline: str) -> None:
    # A preposition or a verb's particle may end a headline; only a line
    # longer than most headlines goes on for it (the test above).
    text = f"News\n\n{headline}\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert [(a.headline, a.summary) for a in digestparse.parse(text)] == [
        (headline, SUMMARY),
        ("Schools Short of Staff", SUMMARY2),
    ]


def test_near_miss_a_headline_that_ends_with_a_capitalised_small_word() -> None:
    text = f"What the Drivers Are Fighting For\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert [a.headline for a in digestparse.parse(text)] == [
        "What the Drivers Are Fighting For",
        "Schools Short of Staff",
    ]


def test_with_no_blank_lines_alt_text_over_its_credit_is_the_next_caption() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n"
        f"Children at the school gate\nPhoto: Tom Berg\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline) for a in digest] == [
        (None, "Bus Drivers Walk Out"),
        ("Children at the school gate Photo: Tom Berg", "Schools Short of Staff"),
    ]


def test_with_no_blank_lines_a_teaser_over_a_section_title_is_no_caption() -> None:
    text = f"• {SUMMARY}\nAlso worth reading\n• {SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.summary) for a in digest] == [
        (None, None, SUMMARY),
        (None, None, SUMMARY2),
    ]


def test_every_rule_a_sample_is_explained_by_is_a_known_name() -> None:
    from conftest import read_sample, sample_names

    named = {
        d.rule for name in sample_names() for d in digestparse.parse(read_sample(name)[0]).explain()
    }
    assert named - {"title.default"} <= RULE_NAMES


@pytest.mark.parametrize(
    ("rule", "text", "field", "kept"),
    [
        (
            "date.lead",
            f"Bus Drivers Walk Out\nMar 4, 2019 — {SUMMARY}\n",
            "summary",
            f"Mar 4, 2019 — {SUMMARY}",
        ),
        (
            "headline.dash",
            f"• Bus Drivers Walk Out Over Shifts — {SUMMARY}\n",
            "summary",
            f"Bus Drivers Walk Out Over Shifts — {SUMMARY}",
        ),
        ("noise.box", f"Sign up for our newsletter\n{SUMMARY}\n", "summary", SUMMARY),
        (
            "byline.marked",
            f"12.05.2025 | Tribunals\nBus Drivers Walk Out\n{SUMMARY}\nBy Tre Kwon\n",
            "byline",
            "Tribunals",
        ),
    ],
)
def test_the_new_context_rules_can_be_switched_off(
    rule: str, text: str, field: str, kept: str
) -> None:
    on = digestparse.parse(text)
    off = digestparse.parse(text, options=Options(disabled_rules=frozenset({rule})))
    assert [getattr(a, field) for a in off] == [kept]
    assert [getattr(a, field) for a in on] != [kept]


def test_a_cms_box_of_article_facts_is_read_line_by_line() -> None:
    # "Details", "Category:", "Hits: 1234" are chrome; each is a line of its
    # own, so the thumbnail's alt text glued to the summary under it stays
    # the caption.
    box = (
        "Details\nWritten by Ana Ruiz\nCategory: Britain\nPublished: 28 November 2026\n"
        "Hits: 1234\nstrike 120x80"
    )
    text = f"Bus drivers walk out\n{box}{SUMMARY}\n\nSchools short of staff\n{box}{SUMMARY2}\n"
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.summary, a.byline, a.date) for a in digest] == [
        ("strike 120x80", "Bus drivers walk out", SUMMARY, "Ana Ruiz", "28 November 2026"),
        ("strike 120x80", "Schools short of staff", SUMMARY2, "Ana Ruiz", "28 November 2026"),
    ]
    assert kind("Hits: 1234") == (Kind.NOISE, "noise.chrome")
    assert kind("Aufrufe: 87") == (Kind.NOISE, "noise.chrome")
    # Near miss: a label and words, no count.
    assert kind("Hits: The Songs of the Summer")[0] is Kind.TITLE


def test_a_credit_above_a_date_heading_is_no_caption() -> None:
    text = (
        f"Source: The Ledger\n\nMARCH 4, 2019\n\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"MARCH 3, 2019\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.date) for a in digest] == [
        (None, "MARCH 4, 2019"),
        (None, "MARCH 3, 2019"),
    ]
    assert digest.noise[0].text == "Source: The Ledger"
    # Near miss: right above the headline, a credit is its caption.
    glued = text.replace("Source: The Ledger\n\nMARCH 4, 2019\n\n", "MARCH 4, 2019\n\nPhoto: AP\n")
    assert digestparse.parse(glued)[0].caption == "Photo: AP"


@pytest.mark.parametrize(
    "text", ["Strike Ends at the Docks (PHOTOS)", "Council Budget Passes [Video]"]
)
def test_a_headline_tagged_with_a_credit_word_in_brackets_is_a_headline(text: str) -> None:
    listing = f"{text}\nBy Ana Ruiz\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert digestparse.parse(listing)[0].headline == text


def test_near_miss_a_label_without_its_colon_alone_on_its_line() -> None:
    # "Text" over a name is a word like any: no marker goes on with the name.
    text = (
        f"Bus Drivers Walk Out Again\nText\nAna Ruiz\nMarch 4, 2019\n{SUMMARY}\n\n"
        f"Nurses Reject Pay Offer\nText\nTom Berg\nMarch 3, 2019\n{SUMMARY2}\n"
    )
    assert explain(text)["Text"] != "byline.marker"
    assert explain(text.replace("Text", "Text:"))["Text:"] == "byline.marker"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Ana Ruiz (@anaruiz)", "Ana Ruiz"),
        ("By Tom Berg and 2 others", "Tom Berg"),
        ("Lena Marsh @lenamarsh", "Lena Marsh"),
        ("Por Marta Silva y 3 otros", "Marta Silva"),
        ("BY TOM BERG AND 2 OTHERS", "TOM BERG"),
    ],
)
def test_a_handle_or_a_count_of_co_authors_is_no_part_of_the_author(line: str, author: str) -> None:
    assert kind(line)[0] is Kind.BYLINE
    text = f"Bus Drivers Walk Out Again\n{line}\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert digestparse.parse(text)[0].byline == author


@pytest.mark.parametrize(
    "line", ["Email us at news@example.org", "Join Us @ the Town Hall", "Tickets @ the door"]
)
def test_near_miss_a_line_with_an_at_sign_that_is_no_byline(line: str) -> None:
    assert kind(line)[0] is not Kind.BYLINE


def test_a_headline_without_summary_among_articles_keeps_its_label_byline_and_date() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nBy Ana Ruiz\nMarch 4, 2019\n\n"
        "International\nChile: copper miners win after a strike\nBy Tom Berg\nMarch 3, 2019\n\n"
        f"Schools Short of Staff\n{SUMMARY2}\nBy Lena Marsh\nMarch 2, 2019\n"
    )
    digest = digestparse.parse(text)
    assert [(a.kicker, a.headline, a.summary, a.byline, a.date) for a in digest] == [
        (None, "Bus Drivers Walk Out", SUMMARY, "Ana Ruiz", "March 4, 2019"),
        (
            "International",
            "Chile: copper miners win after a strike",
            None,
            "Tom Berg",
            "March 3, 2019",
        ),
        (None, "Schools Short of Staff", SUMMARY2, "Lena Marsh", "March 2, 2019"),
    ]
    decided = explain(text)
    assert decided["International"] == "kicker.label"
    assert decided["Chile: copper miners win after a strike"] == "headline.alone"
    # Near miss: two titles that are no label over one another stay a
    # headline and its short teaser (summary.pair).
    pair = text.replace("International", "Copper in the Andes")
    assert digestparse.parse(pair)[1].summary == "Chile: copper miners win after a strike"


@pytest.mark.parametrize(
    "line", ["Maya Cohen, Reuters", "Maya Cohen (AFP)", "Maya Cohen | AP", "Maya Cohen / AFP"]
)
def test_a_name_and_its_agency_glued_to_a_date_is_the_byline(line: str) -> None:
    assert name_with_agency(line) == "Maya Cohen"
    marked = byline_parts(f"By {line} on 11 March 2024")  # as render writes it
    assert marked is not None
    assert (marked.author, marked.date) == (line, "11 March 2024")
    # After the summary, in a block of its own with its date.
    after = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{line}\n11 March 2024\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\nTom Berg\n10 March 2024\n"
    )
    # Between the headline and the summary, over its date.
    under = (
        f"Bus Drivers Walk Out\n{line}\n11 March 2024\n{SUMMARY}\n\n"
        f"Schools Short of Staff\nTom Berg\n10 March 2024\n{SUMMARY2}\n"
    )
    # On the date's line, after the summary.
    beside = after.replace(f"{line}\n11 March 2024", f"{line} · 11 March 2024")
    for text in (after, under, beside):
        digest = digestparse.parse(text)
        assert [(a.caption, a.byline, a.date) for a in digest] == [
            (None, line, "11 March 2024"), (None, "Tom Berg", "10 March 2024")
        ], text  # fmt: skip
    assert explain(after)[line] == "byline.agency"
    off = Options(disabled_rules=frozenset({"byline.agency"}))
    assert digestparse.parse(after, options=off)[0].byline is None


def test_near_misses_a_credit_by_no_date_or_of_no_name_stays_the_pictures() -> None:
    # A picture's credit over the headline it illustrates, with no date glued to it.
    text = (
        f"Maya Cohen / AFP\nBus Drivers Walk Out\n\n{SUMMARY}\n\n"
        f"Tom Berg / Reuters\nSchools Short of Staff\n\n{SUMMARY2}\n"
    )
    assert [(a.caption, a.byline) for a in digestparse.parse(text)] == [
        ("Maya Cohen / AFP", None), ("Tom Berg / Reuters", None)
    ]  # fmt: skip
    # Alt text with an agency, glued to a date: no name, so no author.
    for line in ("Strikers outside the depot | AP", "Lima, Peru | AP", "Photo: Reuters"):
        assert name_with_agency(line) is None
    dated = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nStrikers outside the depot | AP\n11 March 2024\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\nTom Berg\n10 March 2024\n"
    )
    assert digestparse.parse(dated)[0].byline is None
    # A name alone is no agency's author: that is name_with_role's or is_name's.
    assert name_with_agency("Maya Cohen") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Par la rédaction", "la rédaction"),
        ("By the editors", "the editors"),
        ("By the editorial board", "the editorial board"),
        ("Por la redacción", "la redacción"),
        ("Von der Redaktion", "der Redaktion"),
        ("By staff reports", "staff reports"),
        ("Par la rédaction de Libération", "la rédaction de Libération"),
        ("Por la Redacción de El Salto", "la Redacción de El Salto"),
        ("Par la rédaction de L'Écho du Forez", "la rédaction de L'Écho du Forez"),
    ],
)
def test_a_newsroom_after_a_marker_is_the_author(line: str, author: str) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert byline.author == author
    text = f"Bus Drivers Walk Out\n\n{line}\n\n{SUMMARY}\n\nSchools Short of Staff\n\n{SUMMARY2}\n"
    assert [a.byline for a in digestparse.parse(text)] == [author, None]


@pytest.mark.parametrize("line", ["By the way", "Par la suite", "Por la tarde", "By the sea"])
def test_near_miss_a_marker_over_words_that_sign_nothing(line: str) -> None:
    assert byline_parts(line) is None
    assert kind(line)[0] is not Kind.BYLINE


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Redação | Rio de Janeiro (RJ) | 11 de março de 2024", "Redação", "11 de março de 2024"),
        ("Ana Ruiz | Rio de Janeiro (RJ) | 12/03/2024", "Ana Ruiz", "12/03/2024"),
        ("Redaktion | Hamburg | 12.03.2024", "Redaktion", "12.03.2024"),
    ],
)
def test_a_newsroom_or_name_before_a_place_and_its_state_is_the_author(
    line: str, author: str, date: str
) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert (byline.author, byline.date) == (author, date)


@pytest.mark.parametrize(
    "line",
    [
        "Politics | Rio de Janeiro (RJ) | 11 de março de 2024",  # one word, no newsroom
        "Ana Ruiz | Two years after it (was) | 4 May 2021",  # a clause, not a fact
        "Ana Ruiz | Rio de Janeiro and Niterói | 4 May 2021",  # four words
    ],
)
def test_near_misses_facts_after_a_word_that_names_no_author(line: str) -> None:
    assert byline_parts(line) is None


@pytest.mark.parametrize("line", ["Abo-Preise steigen", "Plus de grèves à la SNCF"])
def test_near_miss_a_headline_opening_with_a_badges_word(line: str) -> None:
    assert Features(line).chrome is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ana Gil | Fuente: El Ciudadano", "Ana Gil"),
        ("Tom Berg · Source: Harbour Review", "Tom Berg"),
        ("Redacción | Fuente: EFE", "Redacción"),
        ("Anna Schmidt / Quelle: Junge Stimme", "Anna Schmidt"),
    ],
)
def test_a_name_before_the_source_is_the_author(line: str, author: str) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert (byline.author, byline.date) == (author, None)
    assert kind(line) == (Kind.BYLINE, "byline.name_and_date")
    under = f"Bus Drivers Walk Out\n{line}\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    after = f"Bus Drivers Walk Out\n{SUMMARY}\n{line}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    for text in (under, after):
        assert [a.byline for a in digestparse.parse(text)] == [author, None]


@pytest.mark.parametrize(
    "line",
    [
        "Chile | Fuente: El Ciudadano",  # a place, no author
        "Middle East | Source: AP",  # a section
        "Strikers at the port | Fuente: El Ciudadano",  # alt text
        "Fuente: El Ciudadano",  # the source alone
    ],
)
def test_near_misses_no_name_before_the_source(line: str) -> None:
    assert byline_parts(line) is None


@pytest.mark.parametrize("line", ["Our reporters", "Our correspondent", "Redacción", "The editors"])
def test_a_newsroom_alone_after_the_summary_signs_it(line: str) -> None:
    assert Features(line).author
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{line}\n3 December 2024\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\n{line}\n2 December 2024\n"
    )
    assert [(a.headline, a.byline) for a in digestparse.parse(text)] == [
        ("Bus Drivers Walk Out", line), ("Schools Short of Staff", line)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line", ["Our reporters were there", "Reporters without pay", "Staff cuts"]
)
def test_near_miss_a_headline_with_a_newsrooms_word_is_no_author(line: str) -> None:
    assert not Features(line).author


LONG_HEADLINE = (
    "Bus drivers in four towns walk out for a third time this winter after the company "
    "tears up the agreement it signed with the union in the spring"
)


def test_a_long_line_with_no_full_stop_over_its_sentence_is_a_headline() -> None:
    assert len(LONG_HEADLINE.split()) >= 20
    text = (
        f"{LONG_HEADLINE}\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n\n"
        f"The Ferry Timetable Changes\n{SUMMARY3}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary) for a in digest] == [
        (LONG_HEADLINE, SUMMARY), ("Schools Short of Staff", SUMMARY2),
        ("The Ferry Timetable Changes", SUMMARY3),
    ]  # fmt: skip
    assert explain(text)[LONG_HEADLINE] == "headline.long"
    # So with no blank lines at all, under chrome or under the sentence above.
    glued = "Latest news\n" + text.replace("\n\n", "\n")
    assert next(a.headline for a in digestparse.parse(glued)) == LONG_HEADLINE
    # And in a block of its own over the summary's (as render writes it).
    apart = text.replace("\n", "\n\n").replace("\n\n\n\n", "\n\n")
    assert next(a.headline for a in digestparse.parse(apart)) == LONG_HEADLINE
    off = Options(disabled_rules=frozenset({"headline.long"}))
    assert digestparse.parse(text, options=off)[0].headline is None


def test_near_misses_of_a_long_headline() -> None:
    # In a block of its own, alone of its kind and with no title over a
    # summary in the listing: a teaser over a teaser (glued, it heads its summary).
    alone = f"{SUMMARY3}\n\n{LONG_HEADLINE}\n\n{SUMMARY}\n\n{SUMMARY2}\n"
    assert {a.headline for a in digestparse.parse(alone)} == {None}
    glued = alone.replace(f"{LONG_HEADLINE}\n\n", f"{LONG_HEADLINE}\n")
    assert [a.headline for a in digestparse.parse(glued)] == [None, LONG_HEADLINE, None]
    # Under a title in its block: the summary's first part, not a headline.
    titled = (
        f"Drivers Out Again\n{LONG_HEADLINE}\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    assert digestparse.parse(titled)[0].headline == "Drivers Out Again"
    # Over another long line with no full stop: two lines of running text.
    second = (
        "Managers say the new rotas were agreed with staff representatives at a meeting that "
        "the union says never took place"
    )
    run_on = f"{LONG_HEADLINE}\n{second}\n\nSchools Short of Staff\n{SUMMARY2}\n"
    assert LONG_HEADLINE not in {a.headline for a in digestparse.parse(run_on)}


def test_a_short_summary_opening_with_a_date_is_dated_where_two_longer_ones_are() -> None:
    text = (
        "12.03.2024 – Beschäftigte der Stadtwerke treten am Montag in den Warnstreik.\n"
        "11.03.2024 – Die Mieterinitiative sammelt zehntausend Unterschriften gegen den Abriss.\n"
        "10.03.2024 – Land kürzt Mittel für Frauenhäuser.\n"
        "09.03.2024 – Mieterverein verklagt Konzern.\n"  # a title's length, alone
    )
    digest = digestparse.parse(text)
    assert [a.date for a in digest] == ["12.03.2024", "11.03.2024", "10.03.2024", "09.03.2024"]
    assert digest[2].summary == "Land kürzt Mittel für Frauenhäuser."
    assert digest[3].summary == "Mieterverein verklagt Konzern."
    assert explain(text)["10.03.2024 – Land kürzt Mittel für Frauenhäuser."] == "date.lead"
    assert explain(text)["09.03.2024 – Mieterverein verklagt Konzern."] == "date.lead"
    # Near misses: alone, a short one keeps its date ("Mar 4, 2019 — Drivers
    # walked out." may be a headline's words); a single word after the dash too.
    short = "Bus Drivers Walk Out\n\n10.03.2024 – Land kürzt Mittel für Frauenhäuser.\n"
    assert digestparse.parse(short)[0].date is None
    one = text.replace("Mieterverein verklagt Konzern.", "Streik!")
    assert "09.03.2024" not in [a.date for a in digestparse.parse(one)]


@pytest.mark.parametrize("avatar", ["Photo of {}", "Foto de {}", "{}'s avatar"])
def test_the_alt_text_of_an_authors_photo_over_the_name_is_chrome(avatar: str) -> None:
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\n{avatar.format('Ana Ruiz')}\nAna Ruiz\n💬 12\n"
        "#Labour #Transport\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\n{avatar.format('Tom Berg')}\nTom Berg\n💬 3\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.byline) for a in digest] == [
        (None, "Bus Drivers Walk Out", "Ana Ruiz"), (None, "Schools Short of Staff", "Tom Berg")
    ]  # fmt: skip
    assert explain(text)[avatar.format("Ana Ruiz")] == "noise.chrome"
    assert Features("#Labour #Transport").chrome == "the line lists the article's tags"


@pytest.mark.parametrize("avatar", ["Photo of {}", "{}'s headshot", "{}"])
def test_a_columnists_name_under_their_photo_over_the_headline_is_the_byline(
    avatar: str,
) -> None:
    text = (
        f"Opinion\n\n{avatar.format('Ana Ruiz')}\nAna Ruiz\nBus Drivers Walk Out\n{SUMMARY}\n\n"
        f"{avatar.format('Tom Berg')}\nTom Berg\nSchools Short of Staff\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.byline) for a in digest] == [
        (None, "Bus Drivers Walk Out", "Ana Ruiz"), (None, "Schools Short of Staff", "Tom Berg")
    ]  # fmt: skip
    assert [n.text for n in digest.noise][1:] == [
        avatar.format("Ana Ruiz"),
        avatar.format("Tom Berg"),
    ]
    assert [d.rule for d in digest.explain()][2] == "byline.over_headline"


def test_near_misses_of_a_columnists_photo() -> None:
    # A name alone over the headline may be the photo's alt text: a caption.
    text = f"Opinion\n\nAna Ruiz\nBus Drivers Walk Out\n{SUMMARY}\n"
    assert [(a.caption, a.byline) for a in digestparse.parse(text)] == [("Ana Ruiz", None)]
    # A headline repeated word for word is its picture's caption, not a name twice.
    twice = f"Opinion\n\nPort Strike Ends\nPort Strike Ends\n{SUMMARY}\n"
    assert [(a.caption, a.headline, a.byline) for a in digestparse.parse(twice)] == [
        ("Port Strike Ends", "Port Strike Ends", None)
    ]
    # Not over a headline, the name is what the rules read it as without the photo.
    # Here, as with no photo, it signs the summary above.
    after = f"Bus Drivers Walk Out\n{SUMMARY}\nPhoto of Ana Ruiz\nAna Ruiz\n"
    bare = after.replace("Photo of Ana Ruiz\n", "")
    assert explain(after)["Ana Ruiz"] == explain(bare)["Ana Ruiz"] == "byline.after_summary"


def test_near_misses_of_an_authors_photo() -> None:
    # Over a headline, a photo of someone is the picture's alt text.
    text = (
        f"Photo of Gustavo Petro\nPetro Leads the First Round\n\n{SUMMARY}\n\n"
        f"Photo of Xiomara Castro\nCastro Wins in Honduras\n\n{SUMMARY2}\n"
    )
    assert [a.caption for a in digestparse.parse(text)] == [
        "Photo of Gustavo Petro", "Photo of Xiomara Castro"
    ]  # fmt: skip
    # Over another name, no avatar of it.
    assert (
        explain(text.replace("Petro Leads the First Round", "Ana Ruiz"))["Photo of Gustavo Petro"]
        != "noise.chrome"
    )
    for line in ("#MeToo: Five Years On", "#1 in the Charts Again"):
        assert Features(line).chrome is None


_ROWS = [
    ("Dock strike enters its second week", "Ana Ruiz", "4 May 2021"),
    ("Schools short of staff this winter", "Tom Berg", "3 May 2021"),
    ("The ferry timetable changes again", "Li Wei", "2 May 2021"),
]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("Title\tAuthor\tDate", "{0}\t{1}\t{2}"),
        ("Date\tTitle\tAuthor", "{2}\t{0}\t{1}"),  # the date first: each row's own
        ("Title\tWritten by\tHits", "{0}\tWritten by {1}\t1412"),
        ("#\tTitle\tAuthor", "1\t{0}\t{1}"),
        ("Title\tSection\tAuthor", "{0}\tLabour\t{1}"),  # a section is no author
        (None, "{0}\t{1}\t{2}"),
    ],
)
def test_a_table_pasted_with_tabs_reads_a_row_an_article(header: str | None, row: str) -> None:
    rows = [row.format(*cells) for cells in _ROWS]
    text = "Archive\n\n" + (f"{header}\n" if header else "") + "\n".join(rows) + "\n"
    digest = digestparse.parse(text)
    dated = "{2}" in row
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        (h, n, d if dated else None) for h, n, d in _ROWS
    ]
    # A section's label in a row is the article's kicker, no author.
    assert [a.kicker for a in digest] == ["Labour" if "Labour" in row else None] * 3
    # The header row is chrome; a line belongs whole to its article or to the noise.
    noise = [" ".join(n.text.split()) for n in digest.noise]
    assert noise == ["Archive"] + ([" ".join(header.split())] if header else [])
    decisions = digest.explain()
    assert decisions[-1].rule == "table.row"
    assert len({d.line for d in decisions}) == len(decisions) == len(text.splitlines()) - 1
    last = decisions[-1]
    assert last.span == (text.index(rows[-1]), text.index(rows[-1]) + len(rows[-1]))
    assert digest[2].span[1] == last.span[1]


def test_near_misses_of_a_table() -> None:
    # A tab after a bullet sets a list's item apart, as a document pastes it: no row.
    spaced = (
        f"Digest\n\n• Bus Drivers Walk Out\n  {SUMMARY}\n\n• Schools Short of Staff\n  {SUMMARY2}\n"
    )
    tabbed = spaced.replace("• ", "•\t").replace("  D", "\tD").replace("  H", "\tH")
    assert digestparse.parse(tabbed).articles == digestparse.parse(spaced).articles
    assert [a.headline for a in digestparse.parse(tabbed)] == [
        "Bus Drivers Walk Out", "Schools Short of Staff"
    ]  # fmt: skip
    # A tab in a lone line is spacing: no table.
    spaced_out = f"Bus Drivers Walk Out\n{SUMMARY}\nPublished:\t4 May 2021\n\n"
    text = spaced_out + spaced_out.replace("Bus Drivers Walk Out", "Schools Short of Staff")
    assert [a.date for a in digestparse.parse(text)] == ["4 May 2021", "4 May 2021"]
    # Tabs around a line's text are indentation: no row.
    text = f"\tBus Drivers Walk Out\t\n\t{SUMMARY}\n"
    assert [(a.headline, a.summary) for a in digestparse.parse(text)] == [
        ("Bus Drivers Walk Out", SUMMARY)
    ]
    # A row that would hold parts of two articles (a grid of teasers) is read whole:
    # a line belongs to one article.
    grid = f"News\n\nBus Drivers Walk Out\tSchools Short of Staff\n{SUMMARY}\t{SUMMARY2}\n"
    digest = digestparse.parse(grid)
    assert [(a.headline, a.summary) for a in digest] == [
        ("Bus Drivers Walk Out Schools Short of Staff", f"{SUMMARY} {SUMMARY2}")
    ]
    # A row of summaries is no table of articles either, whatever its context.
    summaries = f"{SUMMARY}\t{SUMMARY2}\nBus Drivers Walk Out\tAna Ruiz\n"
    assert digestparse.parse(summaries)[0].summary == f"{SUMMARY} {SUMMARY2}"
    # With the rule off, a row's cells are read as lines of their own.
    off = Options(disabled_rules=frozenset({"table.row"}))
    rows = "Archive\n\n" + "\n".join(f"{d}\t{h}\t{n}" for h, n, d in _ROWS) + "\n"
    assert "table.row" not in {d.rule for d in digestparse.parse(rows, options=off).explain()}
    # Column names are chrome only as a row of them: "Title" alone is a title.
    lone = f"Title\n\nDock strike enters its second week\n{SUMMARY}\n"
    assert explain(lone)["Title"] == "noise.page_title"
    header = "Archive\n\nTitle\tAuthor\nDock strike enters its second week\tAna Ruiz\n"
    assert digestparse.parse(header).explain()[1].rule == "noise.chrome"


def test_a_name_glued_under_a_headline_under_a_date_heading_is_its_author() -> None:
    text = "Archive\n\n" + "\n\n".join(f"{d}\n{h}\n{n}" for h, n, d in _ROWS) + "\n"
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.date) for a in digest] == _ROWS
    assert explain(text)["Ana Ruiz"] == "byline.under_headline"
    # Near miss: a one-word title under the headline is no name that signs it.
    one = text.replace("Ana Ruiz", "Ports")
    assert digestparse.parse(one)[0].byline is None
    assert explain(one)["Ports"] == "title.default"  # a title nothing claims: noise


QUESTION = "Fifty years on, what can the ferry crews learn from the strike of their parents?"


def test_with_no_blank_lines_the_page_title_over_a_labelled_first_article() -> None:
    others = (
        f"INTERNATIONAL\nSchools Short of Staff\n{SUMMARY2}\n"
        f"EDUCATION\nFerry Fares Frozen\n{SUMMARY}\n"
    )
    # Over the first headline alone, where the others have kickers and none a
    # caption, a title unlike their labels is the page's, not a caption.
    text = f"Front page\nBus Drivers Walk Out\n{SUMMARY}\n{others}"
    digest = digestparse.parse(text)
    assert (digest[0].caption, digest[0].kicker) == (None, None)
    assert [n.text for n in digest.noise] == ["Front page"]
    # Over the article's own label like theirs, it is the page's too.
    text = f"Front page\nTRANSPORT\nBus Drivers Walk Out\n{SUMMARY}\n{others}"
    first = digestparse.parse(text)[0]
    assert (first.caption, first.kicker) == (None, "TRANSPORT")
    # Near misses: a label starting as theirs is the article's kicker; under
    # the page's title in a block of its own, the line is the article's.
    like = f"Video 04:12\nBus Drivers Walk Out\n{SUMMARY}\nVideo 03:45\nSchools Short of Staff\n{SUMMARY2}\n"
    assert "Video 04:12" not in [n.text for n in digestparse.parse(like).noise]
    under = f"Harbour News\n\nFront page\nBus Drivers Walk Out\n{SUMMARY}\n\n" + others.replace(
        f"{SUMMARY2}\n", f"{SUMMARY2}\n\n"
    )
    assert "Front page" not in [n.text for n in digestparse.parse(under).noise]


def test_with_no_blank_lines_a_question_past_the_byline_over_the_next_label_is_the_teaser() -> None:
    text = (
        "OPINION\nThe Strike Is the Only Language Left\nAna Ruiz | March 4, 2024\n"
        "When talks fail for a third time, what else is left to workers?\n"
        f"INTERVIEW\nSchools Short of Staff\nTom Berg | March 2, 2024\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.kicker, a.summary) for a in digest] == [
        ("OPINION", "When talks fail for a third time, what else is left to workers?"),
        ("INTERVIEW", SUMMARY2),
    ]
    # Near miss: over a sentence, the question is the next article's headline.
    text = text.replace("INTERVIEW\nSchools Short of Staff\nTom Berg | March 2, 2024\n", "")
    assert digestparse.parse(text)[-1].headline == (
        "When talks fail for a third time, what else is left to workers?"
    )


@pytest.mark.parametrize("last", [True, False])
def test_a_question_glued_under_the_headline_and_its_byline_is_the_teaser(last: bool) -> None:
    meta = "March 10, 2024 by Ana Ruiz in Transport"
    other = f"Schools Short of Staff\nMarch 9, 2024 by Tom Berg in Schools\n{SUMMARY2}\n\n"
    mine = f"The ferry strike of 1974\n{meta}\n{QUESTION}\n\n"
    text = other + mine if last else mine + other
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary, a.byline) for a in digest if a.summary == QUESTION] == [
        ("The ferry strike of 1974", QUESTION, "Ana Ruiz")
    ]
    assert explain(text)[QUESTION] == "summary.after_title"


_PAIRS_F = (
    f"Bus Drivers Walk Out\n{SUMMARY}\n"
    "Markets slide as oil prices jump\nWhat does the jump mean for your pension?\n"
    f"Schools Short of Staff\n{SUMMARY2}\n"
)


def test_a_question_in_the_summarys_place_between_pairs_is_the_teaser() -> None:
    digest = digestparse.parse(_PAIRS_F)
    assert [(a.headline, a.summary) for a in digest] == [
        ("Bus Drivers Walk Out", SUMMARY),
        ("Markets slide as oil prices jump", "What does the jump mean for your pension?"),
        ("Schools Short of Staff", SUMMARY2),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Headlines alone in a box: a question among them is one of them.
        "Bus drivers walk out over rotas\nMarkets slide as oil prices jump\n"
        "What does the jump mean for your pension?\nSchools short of staff again this year\n",
        # A question headline with its own summary under it.
        _PAIRS_F.replace("Schools Short of Staff\n", ""),
    ],
)
def test_near_misses_of_a_question_between_pairs(text: str) -> None:
    digest = digestparse.parse(text)
    assert all(a.summary != "What does the jump mean for your pension?" for a in digest)


def test_a_question_between_the_byline_and_the_date_is_the_standfirst() -> None:
    text = (
        f"The Ferry Strike of 1974\n\nBy Ana Ruiz\n\n{QUESTION}\n\n10 March 2024\n\n"
        f"Schools Short of Staff\n\nBy Tom Berg\n\n{SUMMARY2}\n\n9 March 2024\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary, a.byline, a.date) for a in digest] == [
        ("The Ferry Strike of 1974", QUESTION, "Ana Ruiz", "10 March 2024"),
        ("Schools Short of Staff", SUMMARY2, "Tom Berg", "9 March 2024"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Headlines alone, each with its byline and date, as render writes
        # them: the long one in sentence case is the next headline, though
        # an article above shows a summary past its byline.
        f"Schools Short of Staff\n\nBy Tom Berg\n\n{SUMMARY2}\n\n11 March 2024\n\n"
        "Ferry Strike Ends\n\nBy Ana Ruiz\n\n10 March 2024\n\n"
        "Why the crews of the night ferries voted to go back to work after six weeks\n\n"
        "By Tom Berg\n\n9 March 2024\n",
        # Between a byline and a date, but no article shows a summary past its byline.
        "Ferry Strike Ends\n\nBy Ana Ruiz\n\n"
        "Why the crews of the night ferries voted to go back to work after six weeks\n\n"
        "9 March 2024\n",
        # In title case: a headline of its own.
        "Ferry Strike Ends\nBy Ana Ruiz\n"
        "Why the Crews of the Night Ferries Voted to Go Back to Work After Six Weeks\n",
    ],
)
def test_near_misses_of_a_teaser_past_the_headlines_byline(text: str) -> None:
    digest = digestparse.parse(text)
    assert all(a.summary in (None, SUMMARY2) for a in digest)
    assert "summary.after_title" not in explain(text).values()


_ALT = [
    "Drivers at the depot gate before the first shift.",
    "A queue of parents outside the primary school.",
    "Ferries moored in the harbour in the rain.",
]
_HEADS = ["Bus Drivers Walk Out", "Schools Short of Staff", "Ferry Timetable Changes"]


def _alt_apart(alts: list[str | None], summaries: list[str] | None = None) -> str:
    summaries = summaries or [SUMMARY, SUMMARY2, SUMMARY]
    return "".join(
        (f"{alt}\n\n" if alt else "") + f"{head}\n\n{summary}\n\n"
        for alt, head, summary in zip(alts, _HEADS, summaries, strict=True)
    )


def test_sentences_alone_over_every_headline_from_the_top_are_alt_text() -> None:
    text = _alt_apart(list(_ALT))
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.summary) for a in digest] == list(
        zip(_ALT, _HEADS, [SUMMARY, SUMMARY2, SUMMARY], strict=True)
    )
    assert explain(text)[_ALT[1]] == "caption.sentence_above_headline"


def test_sentences_over_every_signed_headline_with_no_blank_lines_are_alt_text() -> None:
    # Alt text / headline / summary / author / date, over and over, no blank lines:
    # the name over its date signs the summary above, heads no sentence below.
    names = ["Priya Raman", "Owen Castell", "Priya Raman"]
    dates = ["November 24, 2026", "November 23, 2026", "November 21, 2026"]
    summaries = [SUMMARY, SUMMARY2, SUMMARY]
    text = "Labor\n" + "".join(
        f"{alt}\n{head}\n{summary}\n{name}\n{date}\n"
        for alt, head, summary, name, date in zip(
            _ALT, _HEADS, summaries, names, dates, strict=True
        )
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.summary, a.byline, a.date) for a in digest] == list(
        zip(_ALT, _HEADS, summaries, names, dates, strict=True)
    )
    # Near miss: a sentence longer than the summary under its headline is a teaser.
    longer = text.replace(_ALT[1], _ALT[1][:-1] + " " + SUMMARY2)
    assert [a.caption for a in digestparse.parse(longer)] == [None] * 6


def test_sentences_and_their_credits_over_every_headline_with_no_blank_lines_are_alt_text() -> None:
    credits = ["Photo: Ana Ruiz", "Photo: Tom Berg/Valley Press", "Photo: Ana Ruiz"]
    summaries = [SUMMARY, SUMMARY2, SUMMARY]
    text = "Photo stories\n" + "".join(
        f"{alt}\n{credit}\n{head}\n{summary}\n"
        for alt, credit, head, summary in zip(_ALT, credits, _HEADS, summaries, strict=True)
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.summary) for a in digest] == [
        (f"{alt} {credit}", head, summary)
        for alt, credit, head, summary in zip(_ALT, credits, _HEADS, summaries, strict=True)
    ]
    # Near miss: a sentence over the first headline only: the shape is not
    # shown, the sentence is the summary of the title above it (layout F).
    once = text.replace(f"{_ALT[1]}\n", "").replace(f"{_ALT[2]}\n", "")
    assert digestparse.parse(once)[0].summary == _ALT[0]


@pytest.mark.parametrize("top", ["The Valley Courier", "The Weekly Roundup\n\nThe Valley Courier"])
def test_sentences_over_every_headline_under_the_pages_name_are_alt_text(top: str) -> None:
    text = f"{top}\n\n" + _alt_apart(list(_ALT))
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline) for a in digest] == list(zip(_ALT, _HEADS, strict=True))
    assert explain(text)[_ALT[0]] == "caption.sentence_above_headline"


@pytest.mark.parametrize(
    "text",
    [
        # A headline opens the listing: each sentence is a teaser after an article.
        f"{_HEADS[0]}\n\n{SUMMARY}\n\n{_ALT[0]}\n\n{_HEADS[1]}\n\n{SUMMARY2}\n\n"
        f"{_ALT[1]}\n\n{_HEADS[2]}\n\n{SUMMARY}\n",
        # One headline has none over it.
        _alt_apart([_ALT[0], None, _ALT[2]]),
        # One sentence only.
        _alt_apart([_ALT[0], None, None]),
        # A sentence longer than the summary under its headline.
        _alt_apart(list(_ALT), [SUMMARY, "Head teachers say they cannot find cover.", SUMMARY]),
        # Over the first sentence, a title too long for a page's name: a headline.
        "Valley Bus Drivers Vote to Walk Out Again\n\n" + _alt_apart(list(_ALT)),
        # Three short titles stacked over it: more than a site's and a page's names.
        "Ferry Timetables\n\nThe Weekly Roundup\n\nThe Valley Courier\n\n" + _alt_apart(list(_ALT)),
    ],
)
def test_near_misses_of_sentences_alone_over_every_headline(text: str) -> None:
    assert all(a.caption is None for a in digestparse.parse(text))


def test_render_glues_a_summary_under_its_headline_after_an_opening_teaser() -> None:
    # Read apart, the teaser would be the headline's alt text.
    items = [
        Article(summary=_ALT[0]),
        Article(headline=_HEADS[0], summary=SUMMARY),
        Article(summary=_ALT[1]),
        Article(headline=_HEADS[1], summary=SUMMARY2),
    ]
    text = digestparse.render(items)
    assert f"{_HEADS[0]}\n{SUMMARY}" in text
    assert list(digestparse.parse(text)) == items


def test_render_glues_a_summary_under_the_first_headline_over_a_teaser() -> None:
    # Read apart, the headline would be the page's name and the teaser alt text.
    items = [
        Article(headline="The Valley Courier", summary=_ALT[0]),
        Article(summary=_ALT[1]),
        Article(headline=_HEADS[1], summary=SUMMARY2),
        Article(summary=_ALT[2]),
        Article(headline=_HEADS[2], summary=SUMMARY),
    ]
    text = digestparse.render(items)
    assert text.startswith(f"The Valley Courier\n{_ALT[0]}\n\n")
    assert list(digestparse.parse(text)) == items


def test_render_glues_a_summary_under_its_headline_over_a_signed_teaser() -> None:
    # Read apart, the teaser would be the second paragraph of the summary above it.
    items = [
        Article(headline=_HEADS[0], summary=SUMMARY),
        Article(summary=SUMMARY3, byline="Ana Ruiz", date="March 4, 2024"),
        Article(headline=_HEADS[1], summary=SUMMARY2, byline="Tom Berg", date="March 3, 2024"),
        Article(headline=_HEADS[2], summary=SUMMARY, byline="Lena Vogt", date="March 2, 2024"),
    ]
    text = digestparse.render(items)
    assert f"{_HEADS[0]}\n{SUMMARY}\n\n" in text
    assert list(digestparse.parse(text)) == items


def test_render_keeps_teasers_that_pair_up_from_reading_as_headlines() -> None:
    short, long = "Drivers walked out at the depot on Monday.", f"{SUMMARY} {SUMMARY2}"
    items = [Article(summary=t) for t in (short, long, short, long)]
    text = digestparse.render(items)
    assert f"{short}\n{long}" in text
    assert list(digestparse.parse(text)) == items


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("12.03.2024 Streik bei der BVG", ("Streik bei der BVG", "12.03.2024")),
        ("2024-03-12 Ferry Crews Accept the Rota", ("Ferry Crews Accept the Rota", "2024-03-12")),
        # In words, a date opening a headline may be the headline's own: a sign must part them.
        ("12 March 2024 Ferry Crews Accept the Rota", None),
        ("1.5 Million March Against the Reform", None),
    ],
)
def test_a_date_in_figures_opening_a_headline_needs_no_sign(
    line: str, split: tuple[str, str] | None
) -> None:
    assert headline_date(line) == split


def test_headlines_opening_with_their_date_in_figures_give_it() -> None:
    text = (
        f"12.03.2024 Streik bei der BVG: Busse stehen still\n{SUMMARY}\n\n"
        f"11.03.2024 Mieterverein fordert Mietenstopp\n{SUMMARY2}\n"
    )
    assert [(a.headline, a.date) for a in digestparse.parse(text)] == [
        ("Streik bei der BVG: Busse stehen still", "12.03.2024"),
        ("Mieterverein fordert Mietenstopp", "11.03.2024"),
    ]


def test_a_media_label_opening_a_title_over_a_teaser_is_the_headlines() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n\n"
        f"PHOTOS: A week of storms in twenty pictures\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline) for a in digest] == [
        (None, "Bus Drivers Walk Out"),
        (None, "PHOTOS: A week of storms in twenty pictures"),
    ]
    assert explain(text)["PHOTOS: A week of storms in twenty pictures"] == "headline.media_label"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # A credit with a name after its marker, over a teaser: the picture's.
        ("Photo: Harbour Trust", None),
        # A credit's marker that names no medium, or with no colon after it.
        ("Photo credit: Jane Doe for the Ledger", None),
        ("Photos by Jane Doe for the Ledger", None),
        # Over a headline: alt text, whatever follows the marker.
        ("PHOTOS: Drivers at the depot gate before the first shift\nSchools Short of Staff",
         "Schools Short of Staff"),
    ],
)  # fmt: skip
def test_near_misses_of_a_media_label_over_a_teaser(line: str, headline: str | None) -> None:
    text = f"Bus Drivers Walk Out\n{SUMMARY}\n\n{line}\n{SUMMARY2}\n"
    last = digestparse.parse(text)[-1]
    assert (last.caption, last.headline) == (line.split("\n")[0], headline)


def test_render_keeps_a_credit_over_a_teaser_without_headline() -> None:
    items = [
        Article(headline="Bus Drivers Walk Out", summary=SUMMARY),
        Article(caption="Photos: Harbour Trust archive", summary=SUMMARY2),
    ]
    text = digestparse.render(items)
    assert "Photos: Harbour Trust archive" in text
    assert list(digestparse.parse(text)) == items


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Par Jeanne Dupont | Publié le 12/03/2024 à 10h30", "Jeanne Dupont", "12/03/2024 à 10h30"),
        ("Jeanne Dupont | Publié le 12/03/2024", "Jeanne Dupont", "12/03/2024"),
        ("By Ana Ruiz - Posted on 12/03/2024", "Ana Ruiz", "12/03/2024"),
        ("Ana Ruiz · Published March 4, 2024", "Ana Ruiz", "March 4, 2024"),
        ("Von Max Müller | Veröffentlicht am 12.03.2024", "Max Müller", "12.03.2024"),
    ],
)  # fmt: skip
def test_a_publication_label_after_a_separator_parts_author_and_date(
    line: str, author: str, date: str
) -> None:
    parts = byline_parts(line)
    assert parts is not None
    assert (parts.author, parts.date) == (author, date)


def test_near_misses_of_a_publication_label_after_a_separator() -> None:
    # A headline before the label is no author: the line stays whole.
    assert byline_parts("Strike ends | Published March 4, 2024") is None


def test_a_headline_over_its_date_above_the_first_article_is_an_article() -> None:
    text = (
        "Latest\n\nElection results: follow every count as it happens\n\n"
        "Updated 3 minutes ago\n\n"
        f"Opposition leader concedes in key seat\n\n{SUMMARY}\n\nUpdated 1 hour ago\n\n"
        f"Turnout highest since 1992\n\n{SUMMARY2}\n\nUpdated 2 hours ago\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.date) for a in digest] == [
        ("Election results: follow every count as it happens", "3 minutes ago"),
        ("Opposition leader concedes in key seat", "1 hour ago"),
        ("Turnout highest since 1992", "2 hours ago"),
    ]
    glued = text.replace("happens\n\nUpdated", "happens\nUpdated")
    assert [a.headline for a in digestparse.parse(glued)] == [a.headline for a in digest]


_TRAILING_DATES = (
    f"Opposition leader concedes in key seat\n\n{SUMMARY}\n\nMarch 3, 2024\n\n"
    f"Turnout highest since 1992\n\n{SUMMARY2}\n\nMarch 2, 2024\n"
)
_LEADING_DATES = (
    f"Opposition leader concedes in key seat\n\n{SUMMARY}\n\n"
    f"March 3, 2024\n\nTurnout highest since 1992\n\n{SUMMARY2}\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # "Last updated" over a date: a title of three words or fewer is the page's.
        f"Election night live\n\nLast updated March 4, 2024\n\n{_TRAILING_DATES}",
        # Dates lead the articles: the date under the page title dates the first.
        f"Election results: follow every count as it happens\n\nMarch 4, 2024\n\n{_LEADING_DATES}",
    ],
)
def test_near_misses_of_a_headline_over_its_date_above_the_first_article(text: str) -> None:
    assert [a.headline for a in digestparse.parse(text)] == [
        "Opposition leader concedes in key seat",
        "Turnout highest since 1992",
    ]


@pytest.mark.parametrize(
    ("line", "kicker"),
    [
        ("Video 03:45", True),
        ("Play video 2:31", True),
        ("Podcast · 45 min", True),
        ("Vídeo 1:02", True),
        # A time alone, or a label the lexicon does not know before it.
        ("03:45", False),
        ("Harbour 03:45", False),
        ("Analysis · 4 min read", False),
    ],
)
def test_a_label_with_the_length_of_its_recording_is_a_kicker(line: str, kicker: bool) -> None:
    assert (extract(line).kicker is not None) is kicker


def test_a_timed_label_over_a_headline_without_summary_is_its_kicker() -> None:
    text = (
        f"Video 03:45\n\nBridge built in just 18 months\n\n{SUMMARY}\n\n"
        "Video 12:10\n\nInside the last typewriter repair shop\n\n"
        f"Video 01:30\n\nStorm surge hits the seafront\n\n{SUMMARY2}\n"
    )
    assert [(a.kicker, a.headline) for a in digestparse.parse(text)] == [
        ("Video 03:45", "Bridge built in just 18 months"),
        ("Video 12:10", "Inside the last typewriter repair shop"),
        ("Video 01:30", "Storm surge hits the seafront"),
    ]


def test_a_page_title_glued_over_the_first_kicker_is_the_pages() -> None:
    text = (
        f"Publications\nReport\nTax Havens and the South\n{SUMMARY}\n"
        f"Policy Brief\nA Fair Deal for Gig Workers\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.kicker) for a in digest] == [
        (None, "Report"),
        (None, "Policy Brief"),
    ]
    assert explain(text)["Publications"] == "noise.page_title"


def test_names_alone_over_every_headline_lead_their_articles() -> None:
    text = (
        "Issue 57 / Spring 2024\n\nJane Doe\n\nThe End of the Office\n\n"
        f"{SUMMARY}\n\nTom Clarke\n\nNotes from a Strike\n\n{SUMMARY2}\n\n"
        f"Priya Natarajan\n\nAgainst Productivity\n\n{SUMMARY3}\n"
    )
    assert [(a.headline, a.byline) for a in digestparse.parse(text)] == [
        ("The End of the Office", "Jane Doe"),
        ("Notes from a Strike", "Tom Clarke"),
        ("Against Productivity", "Priya Natarajan"),
    ]
    # A name under the last summary too: they sign the article above, the
    # one over the first headline is the page's.
    signed = text + "\nSara Holm\n"
    assert [(a.headline, a.byline) for a in digestparse.parse(signed)] == [
        ("The End of the Office", "Tom Clarke"),
        ("Notes from a Strike", "Priya Natarajan"),
        ("Against Productivity", "Sara Holm"),
    ]


def test_chrome_between_a_byline_and_the_summary_leaves_the_headline_its_summary() -> None:
    # No blank lines: "by NAME" / "Issue 412" between the headline and its summary.
    text = (
        "The Harbour Weekly — News\nPorters at the General walk out over outsourcing\n"
        f"by Tre Kwon\nIssue 412\n{SUMMARY}\n"
        f"Rent strike at the towers enters its third month\nby Ana Ruiz\nIssue 412\n{SUMMARY2}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary, a.byline) for a in digest] == [
        ("Porters at the General walk out over outsourcing", SUMMARY, "Tre Kwon"),
        ("Rent strike at the towers enters its third month", SUMMARY2, "Ana Ruiz"),
    ]
    assert [line.text for line in digest.noise] == ["The Harbour Weekly — News"]
    # Near miss: a link to read on ends an article: the sentence below opens another.
    linked = digestparse.parse(text.replace("Issue 412", "Read more"))
    assert linked[0].summary == "Porters at the General walk out over outsourcing"


def test_a_name_with_its_role_under_a_summary_signs_it_with_no_blank_lines() -> None:
    # "NAME, ROLE" right under a summary, a teaser without headline below it.
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nTom Berg, Labour Correspondent\n"
        f"{SUMMARY2}\nLena Marsh\nSchools Short of Staff\n{SUMMARY3}\nOwen Pryce\n"
    )
    assert [(a.headline, a.byline) for a in digestparse.parse(text)] == [
        ("Bus Drivers Walk Out", "Tom Berg, Labour Correspondent"),
        (None, "Lena Marsh"),
        ("Schools Short of Staff", "Owen Pryce"),
    ]
    # Near miss: a name and a place, no role: the line may head the teaser below.
    placed = text.replace("Tom Berg, Labour Correspondent", "Tom Berg, Northern Ireland")
    assert digestparse.parse(placed)[1].headline == "Tom Berg, Northern Ireland"


def test_names_opening_every_article_block_lead_their_articles() -> None:
    # A page of columns: each block the author, the headline, the teaser, the date.
    text = (
        f"Opinion\n\nJane Doe\nThe End of the Office\n{SUMMARY}\nMarch 4, 2024\n\n"
        f"Tom Clarke\nNotes from a Strike\n{SUMMARY2}\nMarch 2, 2024\n\n"
        f"Priya Natarajan\nAgainst Productivity\n{SUMMARY3}\nFebruary 28, 2024\n"
    )
    expected = [
        (None, "The End of the Office", "Jane Doe"),
        (None, "Notes from a Strike", "Tom Clarke"),
        (None, "Against Productivity", "Priya Natarajan"),
    ]
    assert [(a.caption, a.headline, a.byline) for a in digestparse.parse(text)] == expected
    assert explain(text)["Tom Clarke"] == "byline.above_headline"
    # Near misses: the teaser in a block of its own (layout A), or one article
    # without a name over it: names glued over headlines stay alt text.
    apart = text.replace("Office\n", "Office\n\n").replace("Strike\n", "Strike\n\n")
    apart = apart.replace("Productivity\n", "Productivity\n\n")
    unnamed = text.replace("Tom Clarke\n", "")
    for other in (apart, unnamed):
        assert "Priya Natarajan" in [a.caption for a in digestparse.parse(other)]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("www.localpaper.co.uk › news › housing", True),
        ("localpaper.co.uk › news", True),
        ("https://example.org/2024/03/strike", True),
        ("harbourreview.org/news/ports", True),
        # A domain alone may name a source; beside a date it is one.
        ("harbourreview.com", False),
        ("harbourreview.com · 2 hours ago", False),
        ("U.S. troops leave the base", False),
    ],
)
def test_a_web_address_alone_on_its_line_is_chrome(line: str, chrome: bool) -> None:
    assert (extract(line).chrome is not None) is chrome


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("About 1,240 results", True),
        ("About 312 results (0.42 seconds)", True),
        ("Cerca de 312 resultados", True),
        ("Environ 1 200 résultats", True),
        # Words after the count: a headline.
        ("About 300 workers walk out", False),
        ("About 300 results of the census surprised planners", False),
    ],
)
def test_a_search_pages_count_of_results_is_chrome(line: str, chrome: bool) -> None:
    assert (extract(line).chrome is not None) is chrome


def test_a_web_address_under_a_headline_continues_nothing() -> None:
    text = (
        "Tenants face record rent rises\nwww.localpaper.co.uk › news › housing\n"
        f"12 Mar 2024 — {SUMMARY}\n\n"
        "Waiting list hits 10,000\nwww.localpaper.co.uk › news › council\n"
        f"5 Mar 2024 — {SUMMARY2}\n"
    )
    assert [a.headline for a in digestparse.parse(text)] == [
        "Tenants face record rent rises",
        "Waiting list hits 10,000",
    ]


def test_bylines_opening_blocks_lead_the_headlines_that_end_them() -> None:
    text = (
        "Top stories\n\n"
        "The Guardian · 3h\nStrikes spread across rail network\n\n"
        "BBC News · 5h\nGovernment unveils plan to cut bills\n\n"
        "Reuters · 1h\nMarkets fall as inflation surprises\n"
    )
    assert [(a.headline, a.byline, a.date) for a in digestparse.parse(text)] == [
        ("Strikes spread across rail network", "The Guardian", "3h"),
        ("Government unveils plan to cut bills", "BBC News", "5h"),
        ("Markets fall as inflation surprises", "Reuters", "1h"),
    ]


def test_near_miss_of_bylines_leading_headlines_facts_under_each_headline() -> None:
    # Each byline under its headline in their block: they trail.
    text = (
        "Strikes spread across rail network\nThe Guardian · 3h\n\n"
        "Government unveils plan to cut bills\nBBC News · 5h\n"
    )
    assert [(a.headline, a.byline) for a in digestparse.parse(text)] == [
        ("Strikes spread across rail network", "The Guardian"),
        ("Government unveils plan to cut bills", "BBC News"),
    ]


def test_a_ten_word_german_headline_may_end_with_its_verbs_particle() -> None:
    text = (
        "Tarifstreit bei der Bahn: GDL ruft erneut zum Streik auf\n"
        "Der Ausstand soll am Mittwoch beginnen und 48 Stunden dauern.\n\n"
        "Bundestag beschließt das neue Gesetz\n"
        "Ab April gelten neue Regeln für den Anbau.\n"
    )
    assert [a.headline for a in digestparse.parse(text)] == [
        "Tarifstreit bei der Bahn: GDL ruft erneut zum Streik auf",
        "Bundestag beschließt das neue Gesetz",
    ]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Economics editor", True),
        ("Economista e professor da USP", True),
        ("Médica sanitarista", True),
        ("Political scientist", True),
        ("Professor of Economics at the University of Leeds", True),
        # A digit, a profession not opening the line, or too long a line.
        ("Professor at 3 universities", False),
        ("Members of the union vote to strike", False),
        ("He was an economist and a professor of history at the university of the north", False),
    ],
)
def test_a_role_names_a_profession_first_or_a_role_last(line: str, role: bool) -> None:
    assert is_role(line) is role


def test_a_role_between_the_name_and_the_date_leaves_the_headline_above() -> None:
    text = (
        "Reforma tributária: quem ganha e quem perde\nCarlos Alberto Souza\n"
        "Economista e professor da USP\n12/03/2024\n\n"
        "Mudanças no imposto vão redistribuir a carga entre estados e setores.\n\n"
        "O futuro do SUS depende de financiamento estável\nMaria Helena Ribeiro\n"
        "Médica sanitarista\n10/03/2024\n\n"
        "Sem recursos garantidos, o sistema continuará a perder profissionais.\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline, a.date) for a in digest] == [
        ("Reforma tributária: quem ganha e quem perde", "Carlos Alberto Souza", "12/03/2024"),
        ("O futuro do SUS depende de financiamento estável", "Maria Helena Ribeiro", "10/03/2024"),
    ]
    assert explain(text)["Médica sanitarista"] == "noise.role"


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Em São Paulo", False),
        ("In Politics", False),
        ("En Buenos Aires", False),
        ("Ana Ruiz", True),
        ("Inês Duarte", True),  # "In…" opening a word is no preposition
    ],
)
def test_a_preposition_opens_a_place_not_a_name(line: str, named: bool) -> None:
    assert is_name(line) is named


def test_an_age_before_its_section_after_a_preposition_dates_the_article() -> None:
    text = (
        "Chuva forte deixa cidades em alerta no litoral\n\n"
        "Defesa Civil recomenda que moradores procurem abrigo.\n\nHá 2 horas — Em São Paulo\n\n"
        "Inflação de outubro fica abaixo do esperado\n\n"
        "Alimentos e combustíveis puxaram a queda do índice.\n\nHá 3 horas — Em Economia\n"
    )
    assert [(a.byline, a.date) for a in digestparse.parse(text)] == [
        (None, "Há 2 horas"),
        (None, "Há 3 horas"),
    ]


def test_a_paywall_badge_over_a_headline_is_chrome_as_other_access_badges() -> None:
    text = (
        "Article réservé aux abonnés\nLes vendanges avancées dans le Bordelais\n"
        "Après un été sans pluie, la récolte commence dès la mi-août.\n"
        "Sécheresse : quatre départements en alerte\n"
        "Les préfets ont interdit l'arrosage des jardins jusqu'à nouvel ordre.\n"
        "Article réservé aux abonnés\nDans les Cévennes, les châtaigniers meurent\n"
        "Les forestiers observent un dépérissement rapide des arbres.\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.kicker) for a in digest] == [(None, None)] * 3
    assert [n.text for n in digest.noise] == ["Article réservé aux abonnés"] * 2


@pytest.mark.parametrize("line", ["Le Monde avec AFP", "Redacción con EFE", "The Herald with AP"])
def test_a_newsroom_with_its_agency_signs_and_credits_no_picture(line: str) -> None:
    assert credit_word(line) is None
    assert extract(line).author


def test_a_newsroom_with_its_agency_under_a_summary_is_its_byline() -> None:
    text = (
        "Dans les Cévennes, les châtaigniers meurent debout\n\n"
        "Les forestiers observent un dépérissement rapide des arbres.\n\nLe Monde avec AFP\n\n"
        "Vague de chaleur : les nuits tropicales se multiplient\n\n"
        "La température n'est pas descendue sous 22 °C pendant six nuits.\n"
    )
    assert [(a.caption, a.byline) for a in digestparse.parse(text)] == [
        (None, "Le Monde avec AFP"),
        (None, None),
    ]


def test_one_word_over_the_first_article_is_the_page_name_not_its_caption() -> None:
    text = (
        "Planète\n\nArticle réservé aux abonnés\n\nLes vendanges avancées dans le Bordelais\n\n"
        "Après un été sans pluie, la récolte commence dès la mi-août.\n\nLe Monde avec AFP\n\n"
        "Thumbnail of a parched vineyard\n\nSécheresse : quatre départements en alerte\n\n"
        "Les préfets ont interdit l'arrosage des jardins jusqu'à nouvel ordre.\n"
    )
    digest = digestparse.parse(text)
    assert (digest[0].caption, digest[0].kicker) == (None, None)
    assert digest[1].caption == "Thumbnail of a parched vineyard"
    assert [n.text for n in digest.noise] == ["Planète", "Article réservé aux abonnés"]


_SIGNED = (
    "The Last Lighthouse Keepers\n\nHow three families kept the lamps lit on the coast.\n\n"
    "Rachel Moreno\n\nMay 3, 2024\n\n"
    "A Map of Lost Villages\n\nPeter Lund\n\nMay 2, 2024\n\n"
    "Salt, Wind and Barley\n\nA year on the island farms that still grow grain.\n\n"
    "Ian MacLeod\n\nMay 1, 2024\n\n"
    "Letters From the Outer Isles\n\nMorag Gunn\n\nApril 30, 2024\n"
)


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_headline_without_summary_keeps_its_authors_name(blank: str) -> None:
    digest = digestparse.parse(_SIGNED.replace("\n\n", blank))
    assert [(a.headline, a.summary, a.byline) for a in digest] == [
        (
            "The Last Lighthouse Keepers",
            "How three families kept the lamps lit on the coast.",
            "Rachel Moreno",
        ),
        ("A Map of Lost Villages", None, "Peter Lund"),
        (
            "Salt, Wind and Barley",
            "A year on the island farms that still grow grain.",
            "Ian MacLeod",
        ),
        ("Letters From the Outer Isles", None, "Morag Gunn"),
    ]


def test_near_miss_of_a_signed_headline_where_no_summary_is_signed() -> None:
    # Names under no summary: the title over a name is no headline left without one.
    text = (
        "The Last Lighthouse Keepers\n\nHow three families kept the lamps lit on the coast.\n\n"
        "A Map of Lost Villages\n\nPeter Lund\n\nMay 2, 2024\n\n"
        "Salt, Wind and Barley\n\nA year on the island farms that still grow grain.\n"
    )
    assert ("A Map of Lost Villages", "Peter Lund") not in [
        (a.headline, a.byline) for a in digestparse.parse(text)
    ]


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("312 points by kestrel 3 hours ago | hide | 120 comments", "kestrel", "3 hours ago"),
        ("45 points by clipper 8 hours ago | hide | discuss", "clipper", "8 hours ago"),
        ("12 votes by Ana Ruiz 2 days ago", "Ana Ruiz", "2 days ago"),
    ],
)
def test_a_links_score_before_its_poster_and_links_after_the_age(
    line: str, author: str, date: str
) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert (byline.author, byline.date) == (author, date)


@pytest.mark.parametrize("line", ["3 points by the way", "312 points of light by the river"])
def test_near_miss_of_a_score_before_no_poster(line: str) -> None:
    assert byline_parts(line) is None


def test_headlines_over_scores_posters_and_ages_have_no_summary() -> None:
    text = (
        "1. A minimal text editor in C (example.org)\n"
        "312 points by kestrel 3 hours ago | hide | 120 comments\n"
        "2. Why the sea is salty (oceanbook.net)\n"
        "98 points by mariner 5 hours ago | hide | 41 comments\n"
    )
    assert [(a.summary, a.byline, a.date) for a in digestparse.parse(text)] == [
        (None, "kestrel", "3 hours ago"),
        (None, "mariner", "5 hours ago"),
    ]


_IN_PUBLICATION = (
    "Ana Ruiz\n\nin\n\nThe Remote Desk\n\nWhy Remote Work Is Here to Stay\n\n"
    "Three years of surveys tell a clear story about where people want to work.\n\n"
    "Mar 4\n\n5 min read\n\n"
    "Tom Berg\n\nThe Bus Lane That Paid for Itself\n\n"
    "A small town measured journey times before and after the lane opened.\n\n"
    "Feb 28\n\n7 min read\n\n"
    "Lena Fischer\n\nin\n\nSketchbook\n\nNotes on Learning to Draw at Forty\n\n"
    "Nobody told me that the hardest part would be looking, not drawing.\n\n"
    "Feb 21\n\n4 min read\n"
)


def test_a_name_in_a_publication_over_each_headline_leads_it() -> None:
    digest = digestparse.parse(_IN_PUBLICATION)
    assert [(a.byline, a.caption, a.kicker, a.headline, a.date) for a in digest] == [
        ("Ana Ruiz", None, None, "Why Remote Work Is Here to Stay", "Mar 4"),
        ("Tom Berg", None, None, "The Bus Lane That Paid for Itself", "Feb 28"),
        ("Lena Fischer", None, None, "Notes on Learning to Draw at Forty", "Feb 21"),
    ]
    assert explain(_IN_PUBLICATION)["The Remote Desk"] == "byline.in_publication"
    assert [n.text for n in digest.noise] == ["5 min read", "7 min read", "4 min read"]


def test_near_miss_of_names_leading_a_name_under_the_last_summary() -> None:
    # A name under the last summary too: the names sign the articles above them.
    text = _IN_PUBLICATION.replace("Feb 21\n\n4 min read\n", "Feb 21\n\nOmar Haddad\n")
    assert digestparse.parse(text)[0].byline != "Ana Ruiz"


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("The Long Winter, by Ana Ruiz", ("The Long Winter", "Ana Ruiz")),
        ("Imperialism Today by Rachel Stern", ("Imperialism Today", "Rachel Stern")),
        ("The Price of Bread – Lena Ostrova", ("The Price of Bread", "Lena Ostrova")),
        # Two words before a dash may be a headline's own parts; "by" one word is no name.
        ("Strikes Spread – Ports Close", None),
        ("Ferry Strike – Ana Ruiz", None),
        ("Rescued by Firefighters", None),
    ],
)
def test_a_headline_may_end_with_its_author_after_a_dash_or_by(
    line: str, parts: tuple[str, str] | None
) -> None:
    assert headline_author(line) == parts


def test_headlines_with_their_authors_after_by_split_where_half_show_it() -> None:
    text = (
        "The Crisis of the Euro by Jorge Almeida (Mar 01, 2024)\n\n"
        "The single currency was built for a world of steady growth.\n\n"
        "Imperialism Today by Rachel Stern (Feb 01, 2024)\n\n"
        "A century on, what has changed and what has not?\n"
    )
    assert [(a.headline, a.byline, a.date) for a in digestparse.parse(text)] == [
        ("The Crisis of the Euro", "Jorge Almeida", "Mar 01, 2024"),
        ("Imperialism Today", "Rachel Stern", "Feb 01, 2024"),
    ]


def test_near_miss_of_a_headline_ending_with_by_a_name_once() -> None:
    text = (
        "Fishermen Rescued by Coast Guard\n\nSix men were lifted from the water on Sunday.\n\n"
        "Council Approves the New Tram Line\n\nThe vote was 31 to 12 after a long debate.\n\n"
        "Harbour Seals Have a Record Year\n\nVolunteers counted 412 pups on the sandbanks.\n"
    )
    assert digestparse.parse(text)[0].headline == "Fishermen Rescued by Coast Guard"


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_names_under_summaries_over_the_next_section_label_sign_the_article_above(
    blank: str,
) -> None:
    text = (
        "Internacional\n\nHuelga general paraliza el transporte\n\n"
        "Los sindicatos denunciaron despidos masivos en tres provincias.\n\nLaura Méndez\n\n"
        "Política\n\nEl Congreso debate la reforma de las pensiones\n\n"
        "La oposición presentó más de doscientas enmiendas al proyecto.\n\nCarlos Rivas\n\n"
        "Géneros y Sexualidades\n\nMiles marcharon contra la violencia machista\n\n"
        "La movilización recorrió el centro de la ciudad hasta el ministerio.\n\nAna Gutiérrez\n"
    ).replace("\n\n", blank)
    assert [(a.caption, a.kicker, a.byline) for a in digestparse.parse(text)] == [
        (None, "Internacional", "Laura Méndez"),
        (None, "Política", "Carlos Rivas"),
        (None, "Géneros y Sexualidades", "Ana Gutiérrez"),
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Ana Ruiz, Madrid", "Ana Ruiz"),
        ("Por Laura Méndez, desde Buenos Aires", "Laura Méndez"),
        ("Lena Fischer, Vancouver · 6 hours ago", "Lena Fischer"),
        # A role or an unknown word after the comma stays the author's.
        ("By Ana Ruiz, Staff Writer", "Ana Ruiz, Staff Writer"),
    ],
)
def test_the_place_an_author_filed_from_is_no_part_of_the_author(line: str, author: str) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert byline.author == author


def test_near_miss_of_a_place_after_a_name_with_no_marker_or_date() -> None:
    assert byline_parts("Ana Ruiz, Madrid") is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ana Ruiz in Geneva and Omar Haddad in Beirut", True),
        ("Ana Ruiz and Tom Berg in Kyiv", True),
        ("Laura Méndez, Carlos Rivas y Ana Gil en Madrid", True),
        # A name of one word, no place the lexicon knows, a teaser's words: no authors.
        ("Obama in Havana", False),
        ("Ana Ruiz in Politics", False),
        ("Strikes in France and Spain", False),
        ("Ana Ruiz and Tom Berg", False),  # names, but not filed from a place
    ],
)
def test_authors_each_in_the_place_they_filed_from(line: str, authors: bool) -> None:
    from digestparse.features import names_in_places

    assert names_in_places(line, 4) is authors


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        # Beside their date, authors in places and newsrooms are authors as names are.
        (
            "Ana Ruiz and Tom Berg in Kyiv | 5 hours ago",
            "Ana Ruiz and Tom Berg in Kyiv",
            "5 hours ago",
        ),
        ("Our reporters | 4 February 2025", "Our reporters", "4 February 2025"),
        ("4 February 2025 — Our correspondent", "Our correspondent", "4 February 2025"),
        # After a marker, several places stay; a single one is cut off, as after a comma.
        (
            "By Ana Ruiz in Geneva and Omar Haddad in Beirut · 3 hours ago",
            "Ana Ruiz in Geneva and Omar Haddad in Beirut",
            "3 hours ago",
        ),
        ("By Tom Berg in Dhaka · 3 hours ago", "Tom Berg", "3 hours ago"),
    ],
)
def test_authors_in_places_and_newsrooms_beside_their_date(
    line: str, author: str, date: str
) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert (byline.author, byline.date) == (author, date)


def test_near_misses_of_authors_beside_their_date() -> None:
    # A headline's words before a date: a place after a one-word name, no newsroom.
    assert byline_parts("Obama in Havana | 4 February 2025") is None
    assert byline_parts("Our readers write | 4 February 2025") is None


def test_authors_in_places_under_the_summary_sign_the_article() -> None:
    text = (
        f"Bus Drivers Walk Out\n\n{SUMMARY}\n\nAna Ruiz in Geneva and Omar Haddad in Beirut\n\n"
        f"Schools Short of Staff\n\n{SUMMARY2}\n\nTom Berg\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.byline) for a in digest] == [
        (None, "Ana Ruiz in Geneva and Omar Haddad in Beirut"),
        (None, "Tom Berg"),
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ana Ruiz is a senior fellow at the Institute for Work and Welfare.", "Ana Ruiz"),
        ("Laura Méndez es periodista y docente de la Universidad de Buenos Aires.", "Laura Méndez"),
        ("Omar Haddad is a poet and the founder of the Northside Reading Group.", "Omar Haddad"),
        # No role the lexicon knows, two sentences, or no name first: a teaser.
        ("Maria Lopez is a nurse who has worked nights for twenty years.", None),
        ("John Smith is a farmer. His crops failed and he is a researcher now.", None),
        ("The council is a writer of bad rules, say the tenants.", None),
    ],
)
def test_an_authors_note_in_one_sentence_names_the_author(line: str, author: str | None) -> None:
    byline = byline_parts(line)
    assert (byline.author if byline is not None else None) == author


@pytest.mark.parametrize(
    ("line", "whole"),
    [
        ("Issue #42 — March 4, 2024", True),
        ("Nº 118 | 12/03/2024", True),
        ("No. 5 - March 4, 2024", True),
        # The number alone is a print issue, no date.
        ("Issue #42", False),
        ("Issue 42", False),
    ],
)
def test_an_issues_number_may_stand_before_its_date(line: str, whole: bool) -> None:
    assert extract(line).date is whole


def test_a_page_title_over_the_first_date_and_headline_is_the_pages_with_no_blank_lines() -> None:
    text = (
        "Past issues\nIssue #42 — March 4, 2024\nThe quiet revolution in bus lanes\n"
        "Cities that painted their bus lanes red saw fewer cars parked in them.\n"
        "Issue #41 — February 26, 2024\nWhat happened to the night trains?\n"
        "They are back in Europe, slowly, and we rode three of them.\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline, a.date) for a in digest] == [
        (None, "The quiet revolution in bus lanes", "March 4, 2024"),
        (None, "What happened to the night trains?", "February 26, 2024"),
    ]
    assert digest.noise[0].text == "Past issues"


def test_a_source_over_its_age_over_each_headline_leads_it() -> None:
    text = (
        "Top stories\n\nThe Guardian\n2 hours ago\nMinisters agree to lift the cap on council tax\n\n"
        "BBC News\n3 hours ago\nStorm Isha: thousands without power across the north\n\n"
        "Reuters\n6 hours ago\nOil prices climb as supply worries return\n"
    )
    assert [(a.headline, a.byline, a.date) for a in digestparse.parse(text)] == [
        ("Ministers agree to lift the cap on council tax", "The Guardian", "2 hours ago"),
        ("Storm Isha: thousands without power across the north", "BBC News", "3 hours ago"),
        ("Oil prices climb as supply worries return", "Reuters", "6 hours ago"),
    ]


def test_near_miss_of_a_source_over_its_age_a_headline_over_its_date_and_teaser() -> None:
    # A headline over its byline and date and a teaser longer than the headline.
    text = (
        "Lessons of the Chilean coup\nMarch 10, 2024\n"
        "Fifty years after the coup, what can the left learn from its defeat\n\n"
        "Why the docks went on strike\nMarch 3, 2024\n"
        "The dispute began with a rota and ended with the whole port walking out\n"
    )
    assert [a.headline for a in digestparse.parse(text)] == [
        "Lessons of the Chilean coup",
        "Why the docks went on strike",
    ]


@pytest.mark.parametrize("label", ["Último momento", "Urgente", "Developing story", "Faktencheck"])
def test_a_breaking_news_or_fact_check_label_over_a_headline_is_its_kicker(label: str) -> None:
    text = (
        "Ferry Workers Win Their Pay Claim\n\nAfter six weeks the port authority gave way.\n\n"
        f"{label}\n\nCouncil Approves the Tram Line\n\nThe vote was 31 to 12 after a long debate.\n"
    )
    assert [a.kicker for a in digestparse.parse(text)] == [None, label]


def test_a_headline_of_two_sentences_stops_with_no_sign() -> None:
    text = (
        "The bridge is closed. Here is how to get around\n\n"
        "Buses will run every ten minutes between the shores until the repairs end.\n\n"
        "Prices are up again. What you can do about it\n\n"
        "Three ways to cut your energy bill this winter, from insulation to switching.\n"
    )
    assert [a.headline for a in digestparse.parse(text)] == [
        "The bridge is closed. Here is how to get around",
        "Prices are up again. What you can do about it",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Workers walked out on Monday. The union says they will stay out all week.",
        "Workers walked out on Monday. The union says they will stay out until the company "
        "restores the overtime it cut in the spring and",
    ],
)
def test_near_miss_of_two_sentences_that_end_so_or_run_long(line: str) -> None:
    assert kind(line)[0] is Kind.SENTENCE


def test_a_source_over_a_teaser_led_by_authors_is_its_byline() -> None:
    text = (
        "Por: EFE\n\nEl Banco Central subió la tasa de interés por tercera vez consecutiva.\n\n"
        "Fuente: AFP\n\nMiles de agricultores bloquearon las rutas de acceso a la capital.\n\n"
        "Autor: Redacción\n\nLa Corte Suprema declaró inconstitucional la reforma.\n"
    )
    assert [(a.caption, a.byline) for a in digestparse.parse(text)] == [
        (None, "EFE"),
        (None, "AFP"),
        (None, "Redacción"),
    ]


def test_near_miss_of_a_source_over_a_teaser_where_no_byline_leads() -> None:
    text = (
        "El Banco Central subió la tasa de interés por tercera vez consecutiva.\n\n"
        "Fuente: AFP\n\nMiles de agricultores bloquearon las rutas de acceso a la capital.\n"
    )
    assert [a.byline for a in digestparse.parse(text)] == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Pular para o conteúdo",
        "Zum Inhalt springen",
        "Buscar",
        "Aceitar",
        "Início Política Economia Mundo Cultura Esportes",
        "Home News Politics World Culture Sport",
        "Fale conosco",
        "Impressum",
        "Este site usa cookies para melhorar sua experiência.",
        "Diese Website verwendet Cookies.",
        "Iniciar sesión",
        "Tout accepter",
        "Mein Konto",
        "Síguenos en",
    ],
)
def test_a_pages_controls_menus_and_notices_in_five_languages_are_chrome(line: str) -> None:
    assert extract(line).chrome is not None


@pytest.mark.parametrize(
    "line",
    [
        "About us",  # a box's heading over its blurb
        "Politics and Culture",
        "Home Secretary Visits Flooded Towns",
        "Culture Wars Come to the School Board",
    ],
)
def test_near_misses_of_a_menu_or_its_link(line: str) -> None:
    assert extract(line).chrome is None


def test_two_short_sentences_over_a_longer_summary_are_a_headline() -> None:
    text = (
        "The river is rising. The town is not ready.\n\n"
        "Flood defences promised in 2019 are still waiting for funding, and the forecast is bad.\n\n"
        "Bus fares are going up. Wages are not.\n\n"
        "From January a single ticket will cost 2.80, the third rise in two years, they say.\n"
    )
    assert [a.headline for a in digestparse.parse(text)] == [
        "The river is rising. The town is not ready.",
        "Bus fares are going up. Wages are not.",
    ]


def test_near_miss_of_two_short_sentences_as_teasers_one_per_line() -> None:
    # Teasers of like lengths pair up with none: each stays a teaser.
    text = (
        "The river is rising. The town is not ready.\n\n"
        "The mill is closing. Nobody knows what comes next.\n\n"
        "Bus fares are going up. Wages are not, again.\n"
    )
    assert [a.headline for a in digestparse.parse(text)] == [None, None, None]


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("submitted 5 hours ago by harbourwatcher to r/northtown", "harbourwatcher", "5 hours ago"),
        ("Submitted by Ana Ruiz on March 4, 2019", "Ana Ruiz", "March 4, 2019"),
    ],
)
def test_a_forum_links_poster_age_and_forum(line: str, author: str, date: str) -> None:
    byline = byline_parts(line)
    assert byline is not None
    assert (byline.author, byline.date) == (author, date)


def test_a_headline_without_summary_right_under_the_listings_part_opens_it() -> None:
    text = (
        "Latest updates\n\nFerry services suspended as storm hits the coast\n\n"
        "Council confirms the tram line route\n\n"
        "The final plan avoids the old town and adds two stops near the hospital.\n\n"
        "School meals to be free for all primary pupils\n\n"
        "The scheme will cost 30 million a year and start in September.\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary is None) for a in digest] == [
        ("Ferry services suspended as storm hits the coast", True),
        ("Council confirms the tram line route", False),
        ("School meals to be free for all primary pupils", False),
    ]
    assert [n.text for n in digest.noise] == ["Latest updates"]


def test_a_title_without_the_facts_the_next_article_shows_under_the_part_is_the_pages() -> None:
    text = (
        "Latest\n\nThe Weekly Worker — News pages\n\n"
        "Council confirms the tram line route\nby Ana Ruiz\n"
        "The final plan avoids the old town and adds two stops near the hospital.\n\n"
        "School meals to be free for all primary pupils\nby Tom Berg\n"
        "The scheme will cost 30 million a year and start in September.\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.byline) for a in digest] == [
        ("Council confirms the tram line route", "Ana Ruiz"),
        ("School meals to be free for all primary pupils", "Tom Berg"),
    ]
    assert [n.text for n in digest.noise] == ["Latest", "The Weekly Worker — News pages"]


def test_near_miss_of_a_headline_under_a_section_name_the_page_title() -> None:
    # Under a section's name (no part of a listing page), the line is the page's tagline.
    text = (
        "Politics\n\nThe latest news and analysis from the town hall\n\n"
        "Council confirms the tram line route\n\n"
        "The final plan avoids the old town and adds two stops near the hospital.\n\n"
        "School meals to be free for all primary pupils\n\n"
        "The scheme will cost 30 million a year and start in September.\n"
    )
    assert digestparse.parse(text)[0].headline == "Council confirms the tram line route"


def _read_more(text: str, marker: str, *, apart: bool) -> str:
    """``text`` with "Read more »" under each line ending in ``marker``, glued to it or
    in a block of its own (``apart``)."""
    return text.replace(f"{marker}\n", f"{marker}\n{chr(10) if apart else ''}Read more »\n")


#: Listings whose articles' facts, or whose articles, stand under their summaries, and
#: the end of the lines after which the summaries' chrome goes.
_CHROME_UNDER_SUMMARIES = [
    # The author's name, reading time and date in a block of their own.
    (
        _layout_b(
            ("Bus Drivers Walk Out", SUMMARY, "Ana Ruiz\n4 min read\nMarch 4, 2024"),
            ("Schools Short of Staff", SUMMARY2, "Tom Berg\n6 min read\nMarch 3, 2024"),
        ),
        ".",
    ),
    # A question standing for the summary between the byline and the date, as a
    # summary does in another article.
    (
        _layout_b(
            (
                "Bus Drivers Walk Out",
                "By Ana Ruiz",
                "What did the drivers win after six weeks on strike?",
                "4 May 2024",
            ),
            (
                "Schools Short of Staff",
                "By Tom Berg",
                "Who will teach the class when the last supply teacher leaves?",
                "3 May 2024",
            ),
            ("The Ferry Timetable Changes", "By Lena Vogt", SUMMARY, "2 May 2024"),
        ),
        "?",
    ),
    # Names alone under the summaries sign a headline without summary too.
    (
        _layout_b(
            ("Bus Drivers Walk Out", SUMMARY, "Ana Ruiz", "March 4, 2024"),
            ("A Map of the Old Tram Lines", "Tom Berg", "March 3, 2024"),
            ("Schools Short of Staff", SUMMARY2, "Lena Vogt", "March 2, 2024"),
        ),
        ".",
    ),
]


@pytest.mark.parametrize("apart", [True, False], ids=["apart", "glued"])
@pytest.mark.parametrize(("text", "marker"), _CHROME_UNDER_SUMMARIES)
def test_chrome_under_each_summary_leaves_its_facts_to_it(
    text: str, marker: str, apart: bool
) -> None:
    expected = list(digestparse.parse(text))
    assert all(a.byline and a.date for a in expected)
    shown = _read_more(text, marker, apart=apart)
    assert shown.count("Read more »") >= 2
    assert list(digestparse.parse(shown)) == expected


def test_a_name_ending_the_summarys_block_under_its_chrome_signs_it() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\nRead more »\nAna Ruiz\n\n"
        f"{SUMMARY2}\nRead more »\nTom Berg\n\n"
        f"Schools Short of Staff\n{SUMMARY3}\nRead more »\nLena Vogt\n"
    )
    assert [(a.headline, a.byline) for a in digestparse.parse(text)] == [
        ("Bus Drivers Walk Out", "Ana Ruiz"),
        (None, "Tom Berg"),
        ("Schools Short of Staff", "Lena Vogt"),
    ]


def test_a_short_teaser_over_its_chrome_pairs_with_its_headline() -> None:
    text = (
        "Ferry timetable cut for the winter months\n"
        "The operator blames the cost of fuel and a shortage of qualified deckhands\n\n"
        "Harbour wall repairs start in January\n"
        "Engineers will close the north pier to walkers for about six weeks\n\n"
        "Night market moves to the old fish hall\nTraders welcome the roof over their heads\n"
    )
    expected = [(a.headline, a.summary) for a in digestparse.parse(text)]
    assert expected[-1] == (
        "Night market moves to the old fish hall",
        "Traders welcome the roof over their heads",
    )
    shown = text.replace("heads\n", "heads\nRead more »\n")
    assert [(a.headline, a.summary) for a in digestparse.parse(shown)] == expected
    # Near miss: a third line that is no chrome leaves the pair to the other rules.
    other = text.replace("heads\n", "heads\nHarbour Club wins its first cup\n")
    assert [(a.headline, a.summary) for a in digestparse.parse(other)][-1] != expected[-1]


def test_a_name_with_role_under_the_summarys_chrome_signs_it() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n\nRead more »\nAna Ruiz, Labour Correspondent\n\n"
        f"{SUMMARY2}\n\nRead more »\nTom Berg\n\n"
        f"Schools Short of Staff\n{SUMMARY3}\n\nRead more »\nLena Vogt\n"
    )
    digest = digestparse.parse(text)
    assert [(a.headline, a.summary, a.byline) for a in digest] == [
        ("Bus Drivers Walk Out", SUMMARY, "Ana Ruiz, Labour Correspondent"),
        (None, SUMMARY2, "Tom Berg"),
        ("Schools Short of Staff", SUMMARY3, "Lena Vogt"),
    ]
    # Near miss: a blank line parts the name from the chrome too: it may head the teaser.
    apart = text.replace("»\nAna Ruiz", "»\n\nAna Ruiz")
    assert digestparse.parse(apart)[1].headline == "Ana Ruiz, Labour Correspondent"


def test_a_title_in_the_block_the_summarys_chrome_opens_is_no_caption() -> None:
    text = (
        f"Bus Drivers Walk Out\n{SUMMARY}\n\nRead more »\n(The Northern Ledger, 5 min)\n\n"
        f"Schools Short of Staff\n{SUMMARY2}\n\nRead more »\n(Canal Street Weekly, 9 min)\n\n"
        f"The Ferry Timetable Changes\n{SUMMARY3}\n"
    )
    digest = digestparse.parse(text)
    assert [(a.caption, a.headline) for a in digest] == [
        (None, "Bus Drivers Walk Out"),
        (None, "Schools Short of Staff"),
        (None, "The Ferry Timetable Changes"),
    ]
    assert "noise.summary_block" in {d.rule for d in digest.explain()}
    # Near miss: in a block of its own over the headline, the line is its caption.
    apart = text.replace("»\n(The Northern", "»\n\n(The Northern")
    assert digestparse.parse(apart)[1].caption == "(The Northern Ledger, 5 min)"


def _with_labels(text: str, headlines: list[str]) -> str:
    """``text`` with a section's label glued over each of ``headlines``."""
    for n, headline in enumerate(headlines):
        text = text.replace(
            f"{headline}\n", f"{('POLITICS', 'LABOUR', 'WORLD')[n % 3]}\n{headline}\n"
        )
    return text


_AGENCY_HEADLINE = (
    "Los trabajadores de la limpieza de Zaragoza desconvocan la huelga indefinida tras "
    "lograr un convenio que recupera los días de libranza perdidos"
)


#: Listings whose shapes ask a headline to open its block, and their headlines.
_OPENING_HEADLINES = [
    # A headline as long as running text, with no full stop, over its summary.
    (
        f"Última hora\n\n{_AGENCY_HEADLINE}\n{SUMMARY}\n\nSchools Short of Staff\n{SUMMARY2}\n",
        [_AGENCY_HEADLINE, "Schools Short of Staff"],
    ),
    # Summaries over two lines in every headline's block.
    (
        f"Bus Drivers Walk Out\n{SUMMARY}\n{SUMMARY3}\n\n"
        f"Schools Short of Staff\n{SUMMARY2}\n{SUMMARY3}\n",
        ["Bus Drivers Walk Out", "Schools Short of Staff"],
    ),
    # Teasers with no full stop, the last as short as its headline.
    (
        "Ferry timetable cut for the winter months\n"
        "The operator blames the cost of fuel and a shortage of qualified deckhands\n\n"
        "Harbour wall repairs start in January\n"
        "Engineers will close the north pier to walkers for about six weeks\n\n"
        "Night market moves to the old fish hall\nTraders welcome the roof over their heads\n",
        [
            "Ferry timetable cut for the winter months",
            "Harbour wall repairs start in January",
            "Night market moves to the old fish hall",
        ],
    ),
    # Headlines alone under date headings (an archive).
    (
        "Archive\n\nFriday, 12 April 2024\nQuarry Expansion Put on Hold\n"
        "Bakers Open a Second Shop\n\nThursday, 11 April 2024\nThe Footbridge Nobody Wanted\n",
        [
            "Quarry Expansion Put on Hold",
            "Bakers Open a Second Shop",
            "The Footbridge Nobody Wanted",
        ],
    ),
]


@pytest.mark.parametrize(("text", "headlines"), _OPENING_HEADLINES)
def test_a_section_label_over_each_headline_changes_nothing_else(
    text: str, headlines: list[str]
) -> None:
    expected = [a.fields() for a in digestparse.parse(text)]
    assert [a["headline"] for a in expected] == headlines
    labelled = [a.fields() for a in digestparse.parse(_with_labels(text, headlines))]
    assert [a.pop("kicker") for a in labelled] == ["POLITICS", "LABOUR", "WORLD"][: len(headlines)]
    assert labelled == [{k: v for k, v in a.items() if k != "kicker"} for a in expected]


def test_one_headline_under_its_label_and_a_date_heading_is_an_article() -> None:
    # Hypothesis found the label read as a headline of its own, then (once labels
    # counted as no headlines) nothing at all.
    text = "March 31, 2016\nReply to Dana Ortiz\nDock Workers Vote to Strike\n"
    assert [(a.kicker, a.headline, a.date) for a in digestparse.parse(text)] == [
        ("Reply to Dana Ortiz", "Dock Workers Vote to Strike", "March 31, 2016")
    ]


@pytest.mark.parametrize(("text", "headlines"), _OPENING_HEADLINES[:3])
def test_alt_text_repeating_each_headline_changes_nothing_else(
    text: str, headlines: list[str]
) -> None:
    expected = [a.fields() for a in digestparse.parse(text)]
    for headline in headlines:
        text = text.replace(f"{headline}\n", f"{headline}\n{headline}\n")
    repeated = [a.fields() for a in digestparse.parse(text)]
    assert [a.pop("caption") for a in repeated] == headlines
    assert repeated == [{k: v for k, v in a.items() if k != "caption"} for a in expected]


def test_a_headline_twice_over_a_name_and_role_is_no_authors_card() -> None:
    text = (
        f"Night Bus Cuts Confirmed\nNight Bus Cuts Confirmed\nAna Ruiz, Staff Writer\n{SUMMARY}\n\n"
        f"Old Quay Wall Found\nOld Quay Wall Found\nTom Berg, Heritage Editor\n{SUMMARY2}\n"
    )
    assert [(a.caption, a.headline, a.byline) for a in digestparse.parse(text)] == [
        ("Night Bus Cuts Confirmed", "Night Bus Cuts Confirmed", "Ana Ruiz, Staff Writer"),
        ("Old Quay Wall Found", "Old Quay Wall Found", "Tom Berg, Heritage Editor"),
    ]
    # Near miss: a name twice over a headline is the author's photo and name.
    card = f"Ana Ruiz\nAna Ruiz\nNight Bus Cuts Confirmed\n{SUMMARY}\n"
    assert [(a.caption, a.byline) for a in digestparse.parse(card)] == [(None, "Ana Ruiz")]


@pytest.mark.parametrize("chrome", ["5 min read", "Share", "Premium"])
def test_chrome_under_each_headline_alone_leaves_it_its_facts(chrome: str) -> None:
    text = (
        "Latest\n\nCity Hall Approves the Night Bus Plan\nMarch 4, 2019\n\n"
        "Ferry Fares Frozen for Another Year\nBy Priya Nair\nMarch 5, 2019\n"
    )
    expected = [a.fields() for a in digestparse.parse(text)]
    assert [(a["headline"], a["date"]) for a in expected] == [
        ("City Hall Approves the Night Bus Plan", "March 4, 2019"),
        ("Ferry Fares Frozen for Another Year", "March 5, 2019"),
    ]
    shown = text.replace("Plan\n", f"Plan\n{chrome}\n").replace("Year\n", f"Year\n{chrome}\n")
    assert [a.fields() for a in digestparse.parse(shown)] == expected
    # Near miss: set apart by a blank line, the chrome parts the title from the date.
    apart = text.replace("Plan\n", f"Plan\n\n{chrome}\n").replace("Year\n", f"Year\n\n{chrome}\n")
    assert [a.fields() for a in digestparse.parse(apart)] != expected
