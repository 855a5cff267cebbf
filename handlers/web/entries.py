"""The staff console's entry editor: a kommun's entry as a form, a new agreement with its source, a
change to an existing agreement (bot/staff/agreement_edit.py), a preview of residents' answers side by side with today's, and publishing. The rules (who may edit,
what a valid entry is, what is audited) are the core's, in bot/staff/entry_editor.py; this module
reads forms and renders pages.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.answering.knowledge import Municipality
from bot.answering.places import Kommun
from bot.settings import StaffMember
from bot.staff import AccessDenied, NoSuchConcern, StaffInputError
from bot.staff import agreement_edit
from bot.staff import entry_editor as editor
from bot.staff.accounts import same_token
from bot.storage.records import WebSession
from bot.storage.entry_edits import EditConflict
from handlers.services import Services

logger = logging.getLogger(__name__)

PREFIX = "/staff/kunskap"
# The fields of the form, sent again with the preview so that publishing checks exactly what was seen.
FIELDS = ("version", "police_area", "localities", "add", "kind", "title", "start", "end", "signed", "focus",
          "people", "parties", "url", "source_title", "publisher", "source_date", "quote", *agreement_edit.FIELDS)

Page = Callable[..., HTMLResponse]
Problem = Callable[[Request, Exception], HTMLResponse]
Forbidden = Callable[[Request], Response]
Signed = Callable[[Callable[[Request, StaffMember, WebSession], Any]], Callable[[Request], Any]]


def routes(services: Services, page: Page, problem: Problem, forbidden: Forbidden, signed_in: Signed,
           read_form: Callable[[Request], Any]) -> list[BaseRoute]:
    entries = editor.EntryEditor(services.desk.db)

    def kommun_of(request: Request) -> Kommun:
        kommun = services.engine.places.get(request.path_params["kommun"])
        if kommun is None:
            raise NoSuchConcern("Ingen kommun med det id:t.")
        return kommun

    def entry_of(kommun: Kommun) -> Municipality | None:
        knowledge = services.engine.knowledge
        return knowledge.municipalities.get(kommun.id) or knowledge.unpublished.get(kommun.id)

    def districts(kommun: Kommun) -> list[str]:
        return sorted({n.written for names in services.engine.places.names.values() for n in names
                       if n.kind == "district" and n.kommun.id == kommun.id})

    def initial(kommun: Kommun, version: int) -> dict[str, str]:
        entry = entry_of(kommun)
        return {"version": str(version), "police_area": entry.police_area if entry else "",
                "localities": "\n".join(entry.localities) if entry else "",
                "publisher": f"{kommun.name} kommun"}

    def raw(kommun: Kommun) -> dict[str, Any]:
        return editor.raw_entry(services.engine.knowledge, services.knowledge_path, services.edits, kommun)

    async def form_page(request: Request, member: StaffMember, kommun: Kommun, form: dict[str, str],
                        status: int = 200, message: str = "", problems: list[Any] | None = None) -> HTMLResponse:
        if form.get("agreement"):
            try:
                agreement = agreement_edit.find(raw(kommun), form["agreement"])
            except NoSuchConcern as exc:
                return problem(request, exc)
            return page(request, "entry_agreement.html", status=status, kommun=kommun, agreement=agreement,
                        form=form, kinds=editor.KIND_NAMES, message=message, problems=problems or [],
                        removable=agreement["id"] not in agreement_edit.bundled_agreements(
                            services.knowledge_path, kommun.id),
                        choices={"new": agreement_edit.NEW_SOURCE, "existing": agreement_edit.EXISTING_SOURCE})
        versions = await services.desk.db.entry_versions(kommun.id)
        return page(request, "entry.html", status=status, kommun=kommun, entry=entry_of(kommun),
                    districts=districts(kommun), form=form, kinds=editor.KIND_NAMES, message=message,
                    problems=problems or [], versions=versions[:10],
                    published=request.query_params.get("publicerad") == "1")

    @signed_in
    async def chooser(request: Request, member: StaffMember, session: WebSession) -> Response:
        allowed = services.staff.allowed(member)
        if len(allowed) == 1:
            return RedirectResponse(f"{PREFIX}/{allowed[0]}", status_code=303)
        return page(request, "entries.html", allowed=allowed)

    @signed_in
    async def show(request: Request, member: StaffMember, session: WebSession) -> Response:
        try:
            kommun = kommun_of(request)
            await entries.allow(member, kommun)
        except (AccessDenied, NoSuchConcern) as exc:
            return problem(request, exc)
        return await form_page(request, member, kommun, initial(kommun, await entries.version(kommun.id)))

    @signed_in
    async def show_agreement(request: Request, member: StaffMember, session: WebSession) -> Response:
        try:
            kommun = kommun_of(request)
            await entries.allow(member, kommun)
            form = agreement_edit.form_values(raw(kommun), request.path_params["agreement"],
                                              await entries.version(kommun.id))
            return await form_page(request, member, kommun, form)
        except (AccessDenied, NoSuchConcern) as exc:
            return problem(request, exc)

    async def edited(request: Request, member: StaffMember, session: WebSession
                     ) -> tuple[Kommun, dict[str, str], dict[str, Any], dict[str, Any]] | Response:
        """The kommun, the form, and the entry before and after the change; or the response to give."""
        try:
            kommun = kommun_of(request)
            form = await read_form(request)
        except (NoSuchConcern, StaffInputError) as exc:
            return problem(request, exc)
        if not same_token(form.get("csrf"), session.csrf):
            return forbidden(request)
        form = {name: form.get(name, "") for name in FIELDS}
        try:
            await entries.allow(member, kommun)
        except AccessDenied as exc:
            return problem(request, exc)
        before = raw(kommun)
        try:
            if form["agreement"]:
                bundled = agreement_edit.bundled_agreements(services.knowledge_path, kommun.id)
                return kommun, form, before, agreement_edit.apply_edit(before, agreement_edit.parse_edit(form), bundled)
            return kommun, form, before, editor.apply(before, editor.parse_form(form))
        except NoSuchConcern as exc:
            return problem(request, exc)
        except StaffInputError as exc:
            return await form_page(request, member, kommun, form, 400, str(exc))

    @signed_in
    async def preview(request: Request, member: StaffMember, session: WebSession) -> Response:
        found = await edited(request, member, session)
        if isinstance(found, Response):
            return found
        kommun, form, before, after = found
        current = services.engine
        try:
            knowledge = editor.check(services.knowledge_path, services.edits, kommun.id, editor.entry_text(after))
        except editor.EntryRejected as exc:
            return await form_page(request, member, kommun, form, 400, problems=exc.problems)
        # A whole engine for the proposal (about a second), off the event loop.
        proposed = await asyncio.to_thread(services.build_engine, knowledge)
        rows = editor.preview(current, proposed, kommun.name)
        note = editor.changes_note(before, after)
        await entries.audit(member, kommun.id, "entry_previewed", note=note)
        return page(request, "entry_preview.html", kommun=kommun, rows=rows, form=form, note=note)

    @signed_in
    async def publish(request: Request, member: StaffMember, session: WebSession) -> Response:
        found = await edited(request, member, session)
        if isinstance(found, Response):
            return found
        kommun, form, before, after = found
        try:
            version = int(form["version"] or "0")
        except ValueError:
            version = -1
        try:
            await entries.publish(member, kommun, services.knowledge_path, services.edits, before, after, version)
        except editor.EntryRejected as exc:
            return await form_page(request, member, kommun, form, 400, problems=exc.problems)
        except EditConflict:
            latest = await entries.version(kommun.id)
            try:
                fresh = (agreement_edit.form_values(raw(kommun), form["agreement"], latest) if form["agreement"]
                         else initial(kommun, latest))
            except NoSuchConcern:
                fresh = initial(kommun, latest)
            return await form_page(request, member, kommun, fresh, 409,
                                   "Någon annan publicerade en ändring under tiden. Här är den senaste versionen: "
                                   "gör ändringen igen.")
        except AccessDenied as exc:
            return problem(request, exc)
        # This process serves it now; the others within a minute (Services polls the store).
        problems = await services.refresh_edits(force=True)
        if problems:
            logger.error("A published entry of %s did not reload: %s problem(s)", kommun.id, len(problems))
        return RedirectResponse(f"{PREFIX}/{kommun.id}?publicerad=1", status_code=303)

    return [
        Route("/kunskap", chooser, methods=["GET"]),
        Route("/kunskap/{kommun}", show, methods=["GET"]),
        Route("/kunskap/{kommun}/avtal/{agreement}", show_agreement, methods=["GET"]),
        Route("/kunskap/{kommun}/forhandsgranska", preview, methods=["POST"]),
        Route("/kunskap/{kommun}/publicera", publish, methods=["POST"]),
    ]
