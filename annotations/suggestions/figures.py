"""How suggestions fared: highlights that began as suggestions, and each rule's accepts and rejects.

For the reports page. Counted in the database, two queries whatever the numbers (one when the report
has counted the highlights already). ``highlights`` and
``decisions`` are querysets already narrowed to what the report covers.
"""

from django.db.models import Count, Q

from annotations.models import SuggestionDecision


def suggestion_outcomes(highlights, decisions) -> dict:
    counts = highlights.aggregate(total=Count("pk"), suggested=Count("pk", filter=~Q(suggestion_rule="")))
    return rule_outcomes(decisions, counts["total"], counts["suggested"])


def rule_outcomes(decisions, total: int, suggested: int) -> dict:
    """The same, when the highlights were already counted (``total``, of which ``suggested``)."""
    accepted = SuggestionDecision.Decision.ACCEPTED
    rejected = SuggestionDecision.Decision.REJECTED
    rows = (
        decisions.order_by()
        .values("rule", "tag")
        .annotate(
            accepted=Count("pk", filter=Q(decision=accepted)), rejected=Count("pk", filter=Q(decision=rejected))
        )
        .order_by("tag", "rule")
    )
    rules = [
        {**row, "decided": row["accepted"] + row["rejected"],
         "acceptance": row["accepted"] / (row["accepted"] + row["rejected"])}
        for row in rows
    ]
    return {
        "highlights": total,
        "began_as_suggestions": suggested,
        "share": suggested / total if total else None,
        "rules": rules,
    }
