"""The staff console: sign in, the concerns of my municipalities, one concern, the map, the
overview, and downloads. Each handler reads the request, calls the core's StaffDesk (which holds
the access rules, the same as Telegram's commands) and renders a template.

Sessions are checked once, by `StaffSessions` middleware on the /staff mount; every handler
that needs a signed-in member is wrapped in `signed_in`. Forms that change anything carry the
session's CSRF token; the sign-in form carries a token from its own short-lived cookie.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import shutil
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from starlette.background import BackgroundTask
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route, Router
from starlette.types import ASGIApp, Receive, Scope, Send

from bot.dates import STOCKHOLM
from bot.errors import Busy
from bot.settings import Settings, StaffMember
from bot.staff import FORMAT_HELP, FORMATS, AccessDenied, Filters, NoSuchConcern, Point, StaffInputError, digest
from bot.concerns import survey_figures
from bot.staff.accounts import LOGIN_TOKEN_SECONDS, SignInRefused, SignInThrottled, same_token
from bot.staff.stale import CHECK_EVERY_DAYS, Stale, stale
from bot.storage import STATUS_NAMES
from bot.storage.records import WebSession
from handlers.services import Services
from handlers.web import entries
from handlers.web.chat import TEMPLATES

logger = logging.getLogger(__name__)

SESSION_COOKIE = "staff_session"
LOGIN_COOKIE = "staff_login"  # the sign-in form's CSRF token, before there is a session
PREFIX = "/staff"
PAGE_SIZE = 50
MAX_FORM = 16 * 1024
EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "open311.csv": "text/csv; charset=utf-8", "json": "application/json",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
DIGEST_TYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8"}


class StaffSessions:
    """Finds the staff member behind the session cookie, once per request, for /staff only."""

    def __init__(self, app: ASGIApp, services: Services) -> None:
        self.app, self.services = app, services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            state = scope.setdefault("state", {})
            state["member"], state["session"] = None, None
            cookie = Request(scope).cookies.get(SESSION_COOKIE)
            if cookie:
                found = await self.services.accounts.session(cookie)
                if found is not None:
                    state["member"], state["session"] = found
        await self.app(scope, receive, send)


Handler = Callable[[Request, StaffMember, WebSession], Awaitable[Response]]


def signed_in(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """Only with a session: a page without one sends the browser to sign in, data gets 401."""

    @functools.wraps(handler)
    async def checked(request: Request) -> Response:
        member, session = request.state.member, request.state.session
        if member is None or session is None:
            if request.url.path.endswith(".json"):
                return JSONResponse({"error": "sign in first"}, status_code=401)
            return RedirectResponse(f"{PREFIX}/", status_code=303)
        return await handler(request, member, session)

    return checked


def csp(settings: Settings) -> str:
    tiles = ""
    if settings.map_tile_url:
        parts = urlsplit(settings.map_tile_url.replace("{s}", "a"))
        tiles = " " + f"{parts.scheme}://{parts.netloc}".replace("://a.", "://*.")
    return ("default-src 'none'; script-src 'self'; style-src 'self'; "
            f"img-src 'self' data:{tiles}; connect-src 'self'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'")


async def read_form(request: Request) -> dict[str, str]:
    """An application/x-www-form-urlencoded body: the first value of each field."""
    return {name: values[0] for name, values in (await read_form_lists(request, 20)).items()}


async def read_form_lists(request: Request, most: int) -> dict[str, list[str]]:
    """Every value of each field, at most `most` fields in all (the bulk change's checkboxes)."""
    body = await request.body()
    if len(body) > MAX_FORM:
        raise StaffInputError("Formuläret är för stort.")
    try:
        return parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=most)
    except (UnicodeDecodeError, ValueError):
        raise StaffInputError("Formuläret gick inte att läsa.") from None


def routes(services: Services) -> list[BaseRoute]:
    settings = services.settings
    staff, accounts = services.staff, services.accounts
    policy = csp(settings)

    def page(request: Request, template: str, status: int = 200, headers: dict[str, str] | None = None,
             **values: Any) -> HTMLResponse:
        member: StaffMember | None = request.state.member
        session: WebSession | None = request.state.session
        html = TEMPLATES.get_template(f"staff/{template}").render(
            member=member, csrf=session.csrf if session else "", status_names=STATUS_NAMES,
            municipalities=services.engine.places.kommuner, path=request.url.path, **values)
        return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": policy, **(headers or {})})

    def problem(request: Request, exc: Exception) -> HTMLResponse:
        if isinstance(exc, Busy):  # every worker is building another download
            return page(request, "error.html", status=503, message=str(exc),
                        headers={"Retry-After": str(exc.retry_after)})
        status = 403 if isinstance(exc, AccessDenied) else 404 if isinstance(exc, NoSuchConcern) else 400
        return page(request, "error.html", status=status, message=str(exc))

    def cookie_options(max_age: int) -> dict[str, Any]:
        return {"max_age": max_age, "path": PREFIX, "httponly": True, "samesite": "strict",
                "secure": settings.web_cookie_secure}

    async def login_page(request: Request) -> Response:
        if request.state.member is not None:
            return RedirectResponse(f"{PREFIX}/synpunkter", status_code=303)
        return login_form(request)

    def cookie_lost(request: Request) -> str:
        """Why a sign-in cannot work here, or "": the console's cookies are Secure, and a browser
        keeps no Secure cookie from plain http except on localhost, so every form would fail its
        CSRF check. Behind a trusted proxy the scheme seen here says nothing, so nothing is said."""
        host = request.url.hostname or ""
        if (not settings.web_cookie_secure or request.url.scheme != "http" or settings.web_trusted_proxies
                or host in ("localhost", "127.0.0.1", "::1") or host.endswith(".localhost")):
            return ""
        return (f"Inloggningen fungerar inte över vanlig http på {host}: konsolens kakor är säkra (Secure), och "
                "webbläsaren sparar dem bara över https eller på localhost. Öppna konsolen via https (en "
                "omvänd proxy med certifikat) eller på http://127.0.0.1, eller sätt web_cookie_secure: false i "
                "settings.yaml om nätet är betrott.")

    def login_form(request: Request, message: str = "", status: int = 200, username: str = "") -> Response:
        token, cookie = accounts.login_token()
        response = page(request, "login.html", status=status, message=message, login_token=token,
                        username=username, cookie_warning=cookie_lost(request))
        response.set_cookie(LOGIN_COOKIE, cookie, **cookie_options(LOGIN_TOKEN_SECONDS))
        return response

    async def login(request: Request) -> Response:
        try:
            form = await read_form(request)
        except StaffInputError as exc:
            return login_form(request, str(exc), 400)
        if not accounts.login_token_ok(form.get("csrf"), request.cookies.get(LOGIN_COOKIE, "")):
            return forbidden(request)
        address = request.client.host if request.client else "unknown"
        username = form.get("username", "")[:40]
        try:
            signed = await accounts.sign_in(username, form.get("password", ""), address)
        except SignInThrottled as exc:
            return login_form(request, str(exc), 429, username)
        except SignInRefused as exc:
            return login_form(request, str(exc), 401, username)
        response = RedirectResponse(f"{PREFIX}/synpunkter", status_code=303)
        response.set_cookie(SESSION_COOKIE, signed.cookie, **cookie_options(signed.max_age))
        response.delete_cookie(LOGIN_COOKIE, path=PREFIX)
        return response

    def forbidden(request: Request) -> Response:
        why = cookie_lost(request)
        if why:
            logger.warning("A staff form failed its CSRF check over plain http on %s: the console's cookies are "
                           "Secure and the browser drops them there; serve it over https, on localhost, or set "
                           "web_cookie_secure: false", request.url.hostname)
            return page(request, "error.html", status=403, message=why)
        logger.warning("A staff form came without a valid CSRF token: %s", request.url.path)
        return page(request, "error.html", status=403,
                    message="Formuläret kunde inte godkännas (säkerhetstoken saknas eller är fel). "
                            "Ladda om sidan och försök igen.")

    async def logout(request: Request) -> Response:
        session: WebSession | None = request.state.session
        try:
            form = await read_form(request)
        except StaffInputError as exc:
            return problem(request, exc)
        if session is not None and not same_token(form.get("csrf"), session.csrf):
            return forbidden(request)
        await accounts.sign_out(request.cookies.get(SESSION_COOKIE, ""))
        response = RedirectResponse(f"{PREFIX}/", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path=PREFIX)
        return response

    def out_of_date(member: StaffMember) -> list[Stale]:
        return stale(services.engine.knowledge, services.engine.today(), staff.allowed(member))

    @signed_in
    async def out_of_date_page(request: Request, member: StaffMember, session: WebSession) -> Response:
        return page(request, "stale.html", rows=out_of_date(member), months=CHECK_EVERY_DAYS // 30)

    def filters_of(request: Request, member: StaffMember) -> Filters:
        return staff.filters(member, dict(request.query_params))

    @signed_in
    async def concerns(request: Request, member: StaffMember, session: WebSession) -> Response:
        try:
            filters = filters_of(request, member)
            listed = await staff.page(member, filters, request.query_params.get("efter") or None, PAGE_SIZE)
        except (StaffInputError, AccessDenied) as exc:
            return problem(request, exc)
        number = _page_number(request.query_params.get("sida"))
        params = filters.as_params()
        next_link = (f"?{urlencode({**params, 'efter': listed.after, 'sida': number + 1})}"
                     if listed.after else "")
        late = out_of_date(member)
        return page(request, "concerns.html", filters=filters, concerns=listed.concerns, total=listed.total,
                    out_of_date=len(late), changed=_count(request.query_params.get("andrade")),
                    back=f"?{urlencode(params)}",
                    first=(number - 1) * PAGE_SIZE + 1, page_number=number, next_link=next_link,
                    first_link=f"?{urlencode(params)}", query=urlencode(params),
                    allowed=staff.allowed(member), categories=staff.categories(member, filters.municipality))

    @signed_in
    async def concern(request: Request, member: StaffMember, session: WebSession) -> Response:
        try:
            found, audit = await staff.concern(member, request.path_params["reference"])
        except (NoSuchConcern, AccessDenied) as exc:
            return problem(request, exc)
        wish, told = await staff.hearing_back(member, found.service_request_id)
        return page(request, "concern.html", concern=found, audit=audit, tiles=settings.map_tile_url,
                    saved=request.query_params.get("sparad") == "1", wish=wish, told=told, when=_when)

    @signed_in
    async def change_status(request: Request, member: StaffMember, session: WebSession) -> Response:
        reference = request.path_params["reference"]
        try:
            form = await read_form(request)
            if not same_token(form.get("csrf"), session.csrf):
                return forbidden(request)
            changed = await staff.change_status(member, reference, form.get("status", ""), form.get("note", ""),
                                                form.get("intern", ""))
        except (StaffInputError, NoSuchConcern, AccessDenied) as exc:
            return problem(request, exc)
        return RedirectResponse(f"{PREFIX}/synpunkter/{changed.service_request_id}?sparad=1", status_code=303)

    @signed_in
    async def change_many(request: Request, member: StaffMember, session: WebSession) -> Response:
        """The list's bulk change: the concerns ticked, one status, one note (and an internal one)."""
        try:
            form = await read_form_lists(request, PAGE_SIZE + 10)
            first = {name: values[0] for name, values in form.items()}
            if not same_token(first.get("csrf"), session.csrf):
                return forbidden(request)
            count = await staff.change_statuses(member, form.get("ref", []), first.get("status", ""),
                                                first.get("note", ""), first.get("intern", ""))
        except (StaffInputError, NoSuchConcern, AccessDenied) as exc:
            return problem(request, exc)
        back = first.get("tillbaka", "")
        query = back if back.startswith("?") and "\n" not in back and "\r" not in back else "?"
        return RedirectResponse(f"{PREFIX}/synpunkter{query}{'&' if len(query) > 1 else ''}andrade={count}",
                                status_code=303)

    @signed_in
    async def map_page(request: Request, member: StaffMember, session: WebSession) -> Response:
        try:
            filters = filters_of(request, member)
            points, capped = await staff.points(member, filters)
        except (StaffInputError, AccessDenied) as exc:
            return problem(request, exc)
        # The map reads the same points from the page (a data attribute, no inline script), so one
        # query serves both the map and the list under it.
        return page(request, "map.html", filters=filters, points=points, capped=capped,
                    points_json=json.dumps(_points_data(points, capped), ensure_ascii=False),
                    query=urlencode(filters.as_params()), allowed=staff.allowed(member),
                    categories=staff.categories(member, filters.municipality), tiles=settings.map_tile_url)

    @signed_in
    async def map_points(request: Request, member: StaffMember, session: WebSession) -> Response:
        try:
            points, capped = await staff.points(member, filters_of(request, member))
        except (StaffInputError, AccessDenied) as exc:
            return JSONResponse({"error": str(exc)}, status_code=403 if isinstance(exc, AccessDenied) else 400)
        return JSONResponse(_points_data(points, capped))

    async def survey_of(member: StaffMember, filters: Filters) -> Any:
        """The trygghetsmätning of the municipality in view (only one), over the filter's dates or the
        last 12 months, as survey_figures' rule releases it."""
        allowed = staff.allowed(member)
        chosen = filters.municipality or (allowed[0] if len(allowed) == 1 else "")
        if not chosen:
            return None
        today = staff.desk.now().date()
        period = digest.period_of(today, filters.since, filters.until)
        municipality = services.engine.places.municipality(chosen)
        if municipality is None:
            return None
        return await survey_figures.report(staff.desk.db, municipality, period.since, period.until, today)

    @signed_in
    async def overview(request: Request, member: StaffMember, session: WebSession) -> Response:
        try:
            filters = filters_of(request, member)
            summary = await staff.overview(member, filters)
            trygghet = await survey_of(member, filters)
        except (StaffInputError, AccessDenied) as exc:
            return problem(request, exc)
        return page(request, "overview.html", filters=filters, overview=summary, trygghet=trygghet,
                    query=urlencode(filters.as_params()), allowed=staff.allowed(member),
                    categories=staff.categories(member, filters.municipality))

    @signed_in
    async def chart(request: Request, member: StaffMember, session: WebSession) -> Response:
        try:
            svg = await staff.chart(member, filters_of(request, member))
        except (StaffInputError, AccessDenied) as exc:
            return problem(request, exc)
        return Response(svg, media_type="image/svg+xml")

    @signed_in
    async def download(request: Request, member: StaffMember, session: WebSession) -> Response:
        fmt = request.path_params["fmt"]
        if fmt not in FORMATS:
            return problem(request, StaffInputError(FORMAT_HELP))
        try:
            filters = filters_of(request, member)
        except (StaffInputError, AccessDenied) as exc:
            return problem(request, exc)
        folder = Path(tempfile.mkdtemp(prefix="trygghetsbot-export-"))
        filename = staff.export_filename(filters, fmt)
        try:
            count = await staff.export_filtered(member, filters, fmt, folder / filename)
        except Busy as exc:
            shutil.rmtree(folder, ignore_errors=True)
            return problem(request, exc)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        logger.info("Staff member %s downloaded %s concern(s) as %s", member.label, count, fmt)
        # Streamed from the file in chunks, then the file is removed.
        return FileResponse(folder / filename, media_type=EXPORT_TYPES[fmt], filename=filename,
                            background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))

    def digest_request(request: Request, member: StaffMember) -> tuple[str, Any, Any]:
        """The municipality and period the lägesbild page asks for; the only one when there is one."""
        allowed = staff.allowed(member)
        chosen = (request.query_params.get("kommun") or "").strip() or (allowed[0] if len(allowed) == 1 else "")
        since = staff.filters(member, {"fran": request.query_params.get("fran", "")}).since
        until = staff.filters(member, {"till": request.query_params.get("till", "")}).until
        return chosen, since, until

    def digest_query(chosen: str, since: Any, until: Any) -> str:
        return urlencode({k: v for k, v in (("kommun", chosen), ("fran", since or ""), ("till", until or "")) if v})

    @signed_in
    async def lagesbild(request: Request, member: StaffMember, session: WebSession) -> Response:
        try:
            chosen, since, until = digest_request(request, member)
            made = await digest.build(staff, member, chosen, since, until) if chosen else None
        except (StaffInputError, AccessDenied, Busy) as exc:
            return problem(request, exc)
        query = digest_query(chosen, since, until)
        body = digest.html_body(made, f"{PREFIX}/lagesbild.png?{query}",
                                f"{PREFIX}/lagesbild-karta.png?{query}") if made else ""
        return page(request, "lagesbild.html", allowed=staff.allowed(member), chosen=chosen, since=since,
                    until=until, digest=made, body=body, query=query)

    async def digest_image(request: Request, member: StaffMember, which: str, missing: str) -> Response:
        try:
            chosen, since, until = digest_request(request, member)
            drawn = await digest.image(staff, member, chosen, which, since, until)
        except (StaffInputError, AccessDenied, Busy) as exc:
            return problem(request, exc)
        if drawn is None:
            return problem(request, NoSuchConcern(missing))
        return Response(drawn, media_type="image/png")

    @signed_in
    async def lagesbild_chart(request: Request, member: StaffMember, session: WebSession) -> Response:
        return await digest_image(request, member, "chart", "")

    @signed_in
    async def lagesbild_map(request: Request, member: StaffMember, session: WebSession) -> Response:
        return await digest_image(request, member, "map",
                                  "Färre än två platser har koordinater, så det finns ingen karta.")

    @signed_in
    async def lagesbild_download(request: Request, member: StaffMember, session: WebSession) -> Response:
        fmt = request.path_params["fmt"]
        if fmt not in digest.FORMATS:
            return problem(request, StaffInputError("Formatet ska vara docx, html eller md."))
        folder = Path(tempfile.mkdtemp(prefix="trygghetsbot-lagesbild-"))
        try:
            chosen, since, until = digest_request(request, member)
            made = await digest.write(staff, member, chosen, folder / f"lagesbild.{fmt}", fmt, since, until)
        except (StaffInputError, AccessDenied, Busy) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            return problem(request, exc)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        logger.info("Staff member %s downloaded the lägesbild of %s as %s", member.label, chosen, fmt)
        return FileResponse(folder / f"lagesbild.{fmt}", media_type=DIGEST_TYPES[fmt],
                            filename=digest.filename(made, fmt),
                            background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))

    console = [
        Route("/", login_page, methods=["GET"]),
        Route("/logga-in", login, methods=["POST"]),
        Route("/logga-ut", logout, methods=["POST"]),
        Route("/synpunkter", concerns, methods=["GET"]),
        Route("/synpunkter/andra-flera", change_many, methods=["POST"]),
        Route("/synpunkter/{reference}", concern, methods=["GET"]),
        Route("/synpunkter/{reference}/status", change_status, methods=["POST"]),
        Route("/karta", map_page, methods=["GET"]),
        Route("/aktualitet", out_of_date_page, methods=["GET"]),
        Route("/karta.json", map_points, methods=["GET"]),
        Route("/oversikt", overview, methods=["GET"]),
        Route("/oversikt.svg", chart, methods=["GET"]),
        Route("/export.{fmt}", download, methods=["GET"]),
        Route("/lagesbild", lagesbild, methods=["GET"]),
        Route("/lagesbild.png", lagesbild_chart, methods=["GET"]),
        Route("/lagesbild-karta.png", lagesbild_map, methods=["GET"]),
        Route("/lagesbild.{fmt}", lagesbild_download, methods=["GET"]),
        *entries.routes(services, page, problem, forbidden, signed_in, read_form),
    ]
    return [
        # "/staff" as typed: the mount below matches only "/staff/…".
        Route(PREFIX, lambda request: RedirectResponse(f"{PREFIX}/", status_code=308), methods=["GET"]),
        # No redirects to the path with or without a slash: Starlette builds them from the Host header.
        Mount(PREFIX, app=Router(console, redirect_slashes=False),
              middleware=[Middleware(StaffSessions, services=services)]),
    ]


def _points_data(points: list[Point], capped: bool) -> dict[str, Any]:
    return {"capped": capped, "points": [
        {"reference": p.reference, "lat": p.lat, "long": p.long, "category": p.category, "place": p.place,
         "status": p.status, "date": p.date, "url": f"{PREFIX}/synpunkter/{p.reference}"} for p in points]}


def _when(epoch: float | None) -> str:
    """A moment as staff read it: Swedish time, to the minute."""
    if epoch is None:
        return ""
    return dt.datetime.fromtimestamp(epoch, STOCKHOLM).strftime("%Y-%m-%d %H:%M")


def _count(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) < 7 else None


def _page_number(value: str | None) -> int:
    """The page shown, 1 unless `value` is a plain page number: "²".isdigit() is True but int()
    refuses it, and int() refuses over 4,300 digits too."""
    if value and len(value) <= 5 and value.isascii() and value.isdecimal() and int(value) > 0:
        return int(value)
    return 1

