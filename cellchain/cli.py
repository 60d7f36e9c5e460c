"""The ``cellchain`` command line (DESIGN §6). Heavy imports happen inside commands so that
``cellchain --help`` answers fast (PERFORMANCE-NOTES rule 8)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cellchain.config import Settings
from cellchain.trial.cli import trial_app

if TYPE_CHECKING:
    from cellchain.db import Database

app = typer.Typer(help="cellchain: GMP cell-therapy chain of identity.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
users_app = typer.Typer(help="User accounts.", no_args_is_help=True)
audit_app = typer.Typer(help="Audit trail.", no_args_is_help=True)
isbt_app = typer.Typer(help="ISBT 128 check characters and scans.", no_args_is_help=True)
labels_app = typer.Typer(help="Labels.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(audit_app, name="audit")
app.add_typer(isbt_app, name="isbt")
app.add_typer(labels_app, name="labels")
app.add_typer(trial_app, name="trial")

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite file to use instead of CELLCHAIN_DATABASE_URL."),
]


def _settings(db: Path | None, **overrides: object) -> Settings:
    settings = Settings()
    if db is not None:
        overrides["database_url"] = f"sqlite:///{db.expanduser().resolve()}"
    return settings.model_copy(update=overrides) if overrides else settings


def _echo(message: str = "", *, err: bool = False) -> None:
    typer.echo(message, err=err)


def _open_database(settings: Settings, *, migrate: bool = True) -> Database:
    from cellchain.db import database_for
    from cellchain.migrate import is_current, upgrade

    database = database_for(settings)
    if migrate:
        upgrade(database)
        return database
    url = settings.resolved_database_url
    missing = url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists()
    demo_file = settings.data_dir / "demo.db"
    if missing and not settings.database_url and demo_file.exists():
        # No site database configured or created here, but `cellchain demo` made one: use it
        # (and say so) rather than fail, so the README's commands work one after another.
        _echo(f"note: no site database configured; using the demo database {demo_file}",
              err=True)
        return _open_database(_settings(demo_file), migrate=False)
    if missing or not is_current(database):
        _echo(f"error: no cellchain database at {url}; pass --db PATH or set "
              "CELLCHAIN_DATABASE_URL (run 'cellchain db upgrade' for a new one)", err=True)
        raise typer.Exit(2)
    return database


def _serve(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    from cellchain.heap import freeze_startup_heap
    from cellchain.main import create_app

    database = _open_database(settings)
    application = create_app(settings, database)
    freeze_startup_heap()
    # One process: on SQLite it owns the writes (PERFORMANCE-NOTES rule 2); never --workers.
    uvicorn.run(application, host=host, port=port, log_level="info")


def demo_settings(db: Path | None, base: Settings, name: str = "demo.db") -> tuple[Settings, str]:
    """The demo's database and where it is, as printed: ``--db PATH`` (a SQLite file), else
    the configured ``CELLCHAIN_DATABASE_URL`` (so a site tries the product on the database it
    will run), else ``name`` in the data directory. The password is never printed."""
    # The demo serves plain HTTP on a local interface, where Secure cookies cannot be set.
    if db is None and base.database_url:
        from sqlalchemy import make_url

        shown = make_url(base.database_url).render_as_string(hide_password=True)
        return base.model_copy(update={"cookie_secure": False}), shown
    path = db or (base.data_dir / name)
    settings = _settings(path, cookie_secure=False, data_dir=path.expanduser().resolve().parent)
    return settings, str(path)


@app.command()
def demo(
    db: Annotated[Path | None, typer.Option(
        "--db", help="SQLite file to use instead of CELLCHAIN_DATABASE_URL (default: the "
                     "configured database, else demo.db in the data directory).")] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Create the data only.")] = False,
    scale: Annotated[float | None, typer.Option(
        "--scale", help="Add a site's history: 1.0 is 100,000 lots and 5,000 subjects, 0.001 "
                        "is 100 lots (default file: site-SCALE.db in the data directory).",
        min=0.001, max=10)] = None,
) -> None:
    """Create (or reuse) a demo database, print the demo users, and serve it."""
    from cellchain import demo as demo_data

    settings, shown = demo_settings(db, Settings(),
                                    "demo.db" if scale is None else f"site-{scale:g}.db")
    database = _open_database(settings)
    users = demo_data.seed(database, settings)
    if scale is not None:
        _build_site(database, settings, scale)
    database.dispose()
    _echo(f"Demo database: {shown}")
    _echo("Demo users (username / password / roles):")
    for user in users:
        roles = ",".join(r.value for r in user.roles)
        _echo(f"  {user.username:<12} {user.password:<20} {roles}")
    if no_serve:
        return
    _echo(f"Open http://{host}:{port}/ and sign in with one of the users above.")
    _serve(settings, host, port)


def _build_site(database: Database, settings: Settings, scale: float) -> None:
    """Builds (or reuses) the site-scale data with a progress bar, then prints its counts."""
    import time

    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from cellchain.clock import utcnow
    from cellchain.demo.scale import build_site
    from cellchain.errors import CellchainError

    class Bar:
        task: TaskID | None = None

        def begin(self, total: int, what: str) -> None:
            self.task = bar.add_task(f"scale {scale:g}: {what}", total=total)

        def advance(self, count: int) -> None:
            assert self.task is not None
            bar.advance(self.task, count)

    started = time.perf_counter()
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), TimeRemainingColumn()) as bar:
            made = build_site(database, settings, scale=scale, now=utcnow(), progress=Bar())
    except CellchainError as refused:
        _echo(f"error: {refused.message}", err=True)
        raise typer.Exit(1) from None
    _echo(f"Site at scale {scale:g}: {made.lots:,} lots, {made.bags:,} bags, "
          f"{made.subjects:,} subjects, {made.audit_events:,} audit events "
          f"({time.perf_counter() - started:,.0f} s)")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Upgrade the schema and serve the web UI and API."""
    _serve(_settings(db), host, port)


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Apply every pending migration."""
    settings = _settings(db)
    _open_database(settings)
    _echo("Database schema is up to date.")


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Login name; never reused.")],
    role: Annotated[list[str], typer.Option("--role", help="Role (repeat for several).")],
    name: Annotated[str, typer.Option("--name", help="Printed name shown on signatures.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Create a user with one or more roles."""
    from cellchain.audit.service import Actor
    from cellchain.auth import service as auth_service
    from cellchain.auth.roles import parse_role
    from cellchain.clock import utcnow
    from cellchain.errors import CellchainError

    try:
        roles = [parse_role(r) for r in role]
    except ValueError as exc:
        _echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    settings = _settings(db)
    database = _open_database(settings)
    try:
        with database.session_scope() as session:
            user = auth_service.add_user(
                session, actor=Actor.system("cli.users_add"), username=username,
                printed_name=name, roles=roles, password=password, now=utcnow(),
                settings=settings,
            )
            user_id = user.id
    except CellchainError as exc:
        _echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    _echo(f"created user {username.strip().lower()} (id {user_id}) with roles "
          f"{', '.join(r.value for r in roles)}")


@audit_app.command("verify")
def audit_verify(db: DbOption = None) -> None:
    """Re-compute the audit hash chain and check it against every checkpoint, signed review
    and signature; exit 1 naming the first bad (or first missing) sequence number."""
    from cellchain.audit.checkpoints import verify_all

    settings = _settings(db)
    database = _open_database(settings, migrate=False)
    with database.session_scope(write=False) as session:
        report = verify_all(session, settings=settings)
    result = report.result
    for ignored in report.ignored:
        _echo(f"note: checkpoint {ignored} ignored")
    for problem in report.problems:
        _echo(f"FAILED: {problem}", err=True)
    if not result.ok:
        _echo(f"FAILED: first bad sequence {result.first_bad_seq}: {result.problem}", err=True)
        _echo(f"bad: sequence {result.first_bad_seq} ({result.count} events before it verify)")
        raise typer.Exit(1)
    if report.problems:
        _echo(f"bad: {len(report.problems)} signature or checkpoint problem(s); the chain of "
              f"{result.count} events itself verifies")
        raise typer.Exit(1)
    _echo(f"checked against {report.anchors} checkpoints, signed reviews and signatures")
    _echo(f"ok: {result.count} events, head {result.head}")


@audit_app.command("checkpoint")
def audit_checkpoint(db: DbOption = None) -> None:
    """Write the chain's head (sequence, hash, UTC time, HMAC) to a file in the data directory."""
    from cellchain.audit.checkpoints import write_checkpoint
    from cellchain.clock import utcnow
    from cellchain.errors import CellchainError

    settings = _settings(db)
    database = _open_database(settings, migrate=False)
    try:
        with database.session_scope(write=False) as session:
            path, text = write_checkpoint(session, settings=settings, now=utcnow())
    except CellchainError as exc:
        _echo(f"error: {exc.message}", err=True)
        raise typer.Exit(1) from None
    _echo(text.rstrip())
    _echo(f"written: {path}")


@isbt_app.command("check-char")
def isbt_check_char(text: Annotated[str, typer.Argument(help="Characters 0-9 and A-Z.")]) -> None:
    """Print the ISO/IEC 7064 MOD 37-2 check character of TEXT."""
    from cellchain.isbt128.checkchar import check_character
    from cellchain.isbt128.errors import ScanError

    try:
        _echo(check_character(text))
    except ScanError as exc:
        _echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None


@isbt_app.command("parse")
def isbt_parse(scan: Annotated[str, typer.Argument(help="The scanned text.")]) -> None:
    """Identify an ISBT 128 data structure and print it as JSON."""
    import json

    from cellchain.isbt128.errors import ScanError
    from cellchain.isbt128.parse import parse_scan

    try:
        _echo(json.dumps(parse_scan(scan), indent=2))
    except ScanError as exc:
        _echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None


@labels_app.command("render")
def labels_render(
    kind: Annotated[str, typer.Argument(help="bag, cbu, sample, wristband, material or lot.")],
    record_id: Annotated[int, typer.Argument(metavar="ID", help="Id of the bag, unit, sample, "
                                             "subject, material lot or lot.")],
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", help="svg, png, pdf or zpl.")] = "svg",
    reason: Annotated[str, typer.Option("--reason", help="Why the label is printed again "
                                        "(logged with a reprint).")] = "",
    db: DbOption = None,
) -> None:
    """Render one label to a file: a controlled print, logged like one from the web UI."""
    import getpass

    from cellchain.audit.service import Actor
    from cellchain.clock import utcnow
    from cellchain.errors import CellchainError
    from cellchain.labels import service as labels
    from cellchain.labels.data import LabelKind
    from cellchain.labels.render import FORMATS

    try:
        label_kind = LabelKind(kind.strip().lower())
    except ValueError:
        _echo(f"error: KIND must be one of {', '.join(k.value for k in LabelKind)}; got {kind!r}",
              err=True)
        raise typer.Exit(2) from None
    if fmt not in FORMATS:
        _echo(f"error: --format must be one of {', '.join(FORMATS)}; got {fmt!r}", err=True)
        raise typer.Exit(2)
    settings = _settings(db)
    database = _open_database(settings, migrate=False)
    actor = Actor(None, f"cli:{getpass.getuser()}")
    try:
        with database.session_scope() as session:
            content, log = labels.render_to_file(
                session, actor=actor, kind=label_kind, record_id=record_id, fmt=fmt,
                file=str(out), settings=settings, now=utcnow(), reason=reason)
            shown = f"print {log.id}{', a reprint' if log.is_reprint else ''}"
    except CellchainError as exc:
        _echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    out.write_bytes(content)
    _echo(f"wrote {label_kind.value} label {record_id} ({fmt}, {shown}) to {out}")


if __name__ == "__main__":
    app()
