"""The clinical course report for the referring physician.

Page 1 is a summary a doctor reads in a minute: why the patient came, what is
safety-relevant (pregnancy, blood thinners, allergies, implants, the red-flag screen with
any question left open), the course (dates, sessions held of planned, techniques in
words), outcomes first → latest with the verdict, adverse events, overrides (who, when,
why: an overridden technique was used), the review decision, one neutral line on the
guidelines, and the practitioner's signature (STRICTA 5). A compact appendix follows:
the plan with its points listed once (STRICTA 1–4), the findings and how each was met,
a row per session saying only what differed from the plan (STRICTA 2a–2f with adverse
events), the pain chart, all outcome measures and every review. Patient name and date
of birth are in the footer of every page.

This module lays out the letterhead, the addressing, the summary table and the signature;
the summary's words come from :mod:`planner.export.report_summary` and the appendix from
:mod:`planner.export.report_appendix`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from planner.export.common import gap, letterhead
from planner.export.labels import SEX, date_text, word
from planner.export.markup import RULE, Styles, TextWriter, make_styles
from planner.export.model import ClinicalReport
from planner.export.page import PageDecor, RenderedPdf, build_pdf, content_width
from planner.export.report_appendix import appendix
from planner.export.report_summary import (
    Line,
    course_lines,
    event_lines,
    history_lines,
    outcome_lines,
    override_lines,
    reason_lines,
    review_lines,
    screen_lines,
)

BASE_SIZE = 9.0
CELL_SIZE = 8.5  # the smallest body text anywhere in the report
FOOTER_SIZE = 8.5
GUIDELINES = (
    "Guidelines differ: the American College of Physicians (2017) recommends acupuncture "
    "for chronic low back pain; NICE NG59 (2016) does not recommend acupuncture for low "
    "back pain."
)


def render_clinical_report(report: ClinicalReport) -> RenderedPdf:
    """The clinical course report as a PDF."""
    writer = TextWriter()
    decor = PageDecor(
        footer=writer.runs(_footer(report)),
        footer_size=FOOTER_SIZE,
        demo=report.clinic.demo,
        draft=report.draft,
    )
    return build_pdf(
        lambda: _story(writer, report),
        writer=writer,
        decor=decor,
        paper=report.clinic.paper,
        title="Clinical course report",
        author=report.clinic.name,
    )


def _story(writer: TextWriter, report: ClinicalReport) -> list[Flowable]:
    st = make_styles(BASE_SIZE, cell=CELL_SIZE)
    width = content_width(report.clinic.paper)
    story: list[Flowable] = [letterhead(writer, st, report.clinic, width), gap(2)]
    story += _addressing(writer, st, report)
    story += _summary(writer, st, report, width)
    story += appendix(writer, st, report, width)
    return story


def _footer(report: ClinicalReport) -> str:
    patient = report.patient
    born = f" · born {date_text(patient.date_of_birth)}" if patient.date_of_birth else ""
    chart = f" · chart {patient.chart_number.strip()}" if patient.chart_number.strip() else ""
    return f"{patient.full_name}{born}{chart}"


def _addressing(writer: TextWriter, st: Styles, report: ClinicalReport) -> list[Flowable]:
    patient, referral = report.patient, report.referral
    flow: list[Flowable] = [writer.para("Clinical course report", st.title, bold=True)]
    to = ", ".join(
        part.strip()
        for part in (referral.physician_name, referral.physician_clinic, referral.physician_contact)
        if part.strip()
    )
    if to:
        flow.append(writer.pair("To:", to, st.body))
    flow.append(writer.pair("Date:", date_text(report.report_date), st.body))
    ident = [patient.full_name]
    if patient.date_of_birth:
        ident.append(f"born {date_text(patient.date_of_birth)}")
    if patient.sex is not None and word(SEX, patient.sex):
        ident.append(word(SEX, patient.sex))
    if patient.chart_number.strip():
        ident.append(f"chart {patient.chart_number.strip()}")
    flow.append(writer.pair("Patient:", ", ".join(ident), st.body))
    if referral.source.strip():
        flow.append(writer.pair("Referral:", referral.source, st.body))
    return flow


# --- page 1: the summary ------------------------------------------------------------------


def _summary(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    """Label | text rows a doctor reads in a minute, then the guidelines line and the
    signature, kept together with the last rows so it never stands alone on a page."""
    rows: list[tuple[str, Sequence[Line]]] = [
        (
            "Reason for referral" if report.referral.physician_name.strip() else "Complaint",
            reason_lines(report),
        ),
        ("Safety-relevant history", history_lines(report)),
        ("Red-flag screen", screen_lines(report)),
        ("Course", course_lines(report)),
        ("Outcome", outcome_lines(report)),
        ("Adverse events", event_lines(report)),
        ("Overrides", override_lines(report)),
        ("Review", review_lines(report)),
    ]
    cells = [
        [
            writer.para(label, st.bold, bold=True),
            [
                writer.pair(*line, st.body)
                if isinstance(line, tuple)
                else writer.para(line, st.body)
                for line in lines
                if line
            ],
        ]
        for label, lines in rows
    ]
    # The last row (the review) goes with the guidelines line and the signature.
    last = _summary_table(cells[-1:], width, rule_below=False)
    closing = [last, gap(4), writer.para(GUIDELINES, st.small), gap(6)]
    closing += _signature(writer, st, report, width)
    return [
        writer.para("Summary", st.heading, bold=True),
        _summary_table(cells[:-1], width, rule_below=True),
        KeepTogether(closing),
    ]


def _summary_table(cells: list[list[object]], width: float, *, rule_below: bool) -> Table:
    table = Table(
        cells,
        colWidths=[width * 0.22, width * 0.78],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1 if rule_below else -2), 0.3, RULE),
            ]
        ),
    )
    table.splitByRow = 1
    return table


def _signature(
    writer: TextWriter, st: Styles, report: ClinicalReport, width: float
) -> list[Flowable]:
    who = report.practitioner
    name = ", ".join(p for p in (who.full_name.strip(), who.credentials.strip()) if p)
    lines: list[Flowable] = [writer.para(name, st.bold, bold=True)]
    if who.registration_number.strip():
        lines.append(writer.pair("Registration number:", who.registration_number, st.body))
    background = [who.acupuncture_style.strip()]
    if who.years_of_practice is not None:
        background.append(f"{who.years_of_practice} years in practice")
    if any(background):
        lines.append(writer.para(", ".join(b for b in background if b), st.body))
    if report.signed_on is not None:
        lines.append(writer.pair("Signed:", date_text(report.signed_on), st.body))
    signature = Table(
        [[lines, ""], ["", writer.para("Signature", st.small)]],
        colWidths=[width * 0.55, width * 0.45],
        rowHeights=[None, 14],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [signature]
