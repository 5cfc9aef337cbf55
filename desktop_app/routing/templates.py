"""Route templates per document kind and their expansion into concrete steps.

A template is a list of stages; a stage is a list of step specs (parallel). In the stored
form each spec is a dict ``{"kind", "assignee", "days", "label"}`` where ``assignee`` is
``"author"`` (the document's author), ``"role:<role>"`` or ``"user:<username>"`` and ``days``
is the step's working-day allowance, counted from the moment the step becomes active.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.errors import InvalidInput
from desktop_app.i18n import translate
from desktop_app.routing import steps as K
from desktop_app.services.types import StepSpec, TemplateInfo  # noqa: F401 - what templates are made of (re-exported)
from docflow_protocol import LIMITS, DocumentKind, Role

ROLES = tuple(r.value for r in Role)


def builtin_templates() -> list[TemplateInfo]:
    """The templates every institution starts with (editable copies can override them by name)."""
    return [
        TemplateInfo(translate("Routing", "Outgoing letter"), DocumentKind.OUTGOING.value, (
            ({"kind": K.EXECUTE, "assignee": "author", "days": 2, "label": translate("Routing", "Draft the letter")},),
            ({"kind": K.ENDORSE, "assignee": "role:head", "days": 1, "label": translate("Routing", "Endorse the draft")},),
            # registered before it is signed: a letter from a template gets its number written into it at
            # registration, and a signed letter is never changed (the signing service refuses it unnumbered)
            ({"kind": K.EXECUTE, "assignee": "role:clerk", "days": 1, "label": translate("Routing", "Register the letter")},),
            ({"kind": K.SIGN, "assignee": "role:head", "days": 1, "label": translate("Routing", "Sign")},),
            ({"kind": K.EXECUTE, "assignee": "role:clerk", "days": 1, "label": translate("Routing", "Dispatch the letter")},),
        ), True),
        TemplateInfo(translate("Routing", "Incoming letter"), DocumentKind.INCOMING.value, (
            ({"kind": K.REVIEW, "assignee": "role:head", "days": 1, "label": translate("Routing", "Write a resolution")},),
        ), True),
        TemplateInfo(translate("Routing", "Internal memo"), DocumentKind.INTERNAL.value, (
            ({"kind": K.SIGN, "assignee": "role:head", "days": 2, "label": translate("Routing", "Sign")},),
            ({"kind": K.ACKNOWLEDGE, "assignee": "role:executor", "days": 3, "label": translate("Routing", "Read and acknowledge")},),
        ), True),
    ]


def validate_stages(stages: Sequence[Sequence[dict]]) -> list[list[dict]]:
    """Check a stored template's stages; return a clean copy or raise naming the bad spec."""
    if not stages:
        raise InvalidInput(translate("Routing", "A route template needs at least one stage."))
    clean: list[list[dict]] = []
    for si, stage in enumerate(stages, 1):
        if not stage:
            raise InvalidInput(translate("Routing", "Stage {n} of the template has no steps.").format(n=si))
        out = []
        for spec in stage:
            kind = spec.get("kind", "")
            K.check_kind(kind)
            assignee = str(spec.get("assignee", ""))
            if not (assignee == "author" or (assignee.startswith("role:") and assignee[5:] in ROLES)
                    or (assignee.startswith("user:") and len(assignee) > 5)):
                raise InvalidInput(translate("Routing", "Stage {n}: '{assignee}' is not an assignee (use author, role:<role> or user:<name>).").format(
                    n=si, assignee=assignee))
            days = spec.get("days")
            if days is not None and (not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= LIMITS.max_step_days):
                raise InvalidInput(translate("Routing", "Stage {n}: the allowance must be 0 to 365 working days.").format(n=si))
            out.append({"kind": kind, "assignee": assignee, "days": days, "label": str(spec.get("label", ""))[:200]})
        clean.append(out)
    return clean


@dataclass(frozen=True)
class StaffEntry:
    """What expansion needs to know about a person."""

    id: str
    username: str
    roles: frozenset[str] = field(default_factory=frozenset)


def expand(template: TemplateInfo, staff: Sequence[StaffEntry], author_id: str | None) -> list[list[StepSpec]]:
    """Turn a template into stages of concrete steps.

    ``author`` becomes the author's user id; ``role:x`` becomes the one active person with
    that role when there is exactly one (else the step stays assigned to the role, so any
    holder can take it); ``user:name`` must name a person on the staff list.
    """
    by_name = {p.username: p for p in staff}
    result: list[list[StepSpec]] = []
    for stage in validate_stages(template.stages):
        out = []
        for spec in stage:
            assignee = spec["assignee"]
            user_id = role = None
            if assignee == "author":
                if not author_id:
                    raise InvalidInput(translate("Routing", "The template gives a step to the document's author, but the document has none."))
                user_id = author_id
            elif assignee.startswith("role:"):
                holders = [p for p in staff if assignee[5:] in p.roles]
                if len(holders) == 1:
                    user_id = holders[0].id
                else:
                    role = assignee[5:]
            else:
                person = by_name.get(assignee[5:])
                if person is None:
                    raise InvalidInput(translate("Routing", "The template names {user}, who is not on the staff list.").format(user=assignee[5:]))
                user_id = person.id
            out.append(StepSpec(spec["kind"], user_id, role, None, spec["days"], spec["label"]))
        result.append(out)
    return result
