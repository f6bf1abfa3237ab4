#include "simulate/violations.h"

namespace reltheme {

const std::vector<SimCheckInfo>& sim_checks() {
    using enum SimCheck;
    static const std::vector<SimCheckInfo> k_checks = {
        {IllegalTransition, "illegal-transition", "violation",
         "A move to a stage not in the current stage's next"},
        {MissingRequiredField, "missing-required-field", "violation",
         "A move into a stage whose required fields are empty"},
        {StageOverdue, "stage-overdue", "violation",
         "A deal stays in a stage past the stage's deadline"},
        {DealOverdue, "deal-overdue", "violation",
         "An open deal passes max_duration or its extended deadline"},
        {Unplanned, "unplanned", "violation or warning",
         "An activity completed with no next activity planned (planning: required or "
         "recommended)"},
        {ConcurrentDeal, "concurrent-deal", "violation",
         "A second open deal for the same client when concurrent_deals is false"},
        {UnapprovedDeadlineChange, "unapproved-deadline-change", "violation",
         "A deadline extended without the approval the theme requires"},
        {MissingComment, "missing-comment", "violation",
         "An outcome whose comment is required recorded without one"},
        {OutcomeNotAllowed, "outcome-not-allowed", "violation",
         "An unknown outcome, or a success outcome where it cannot be recorded"},
        {DealClosed, "deal-closed", "violation", "A step on a deal that is already closed"},
        {DealNotCreated, "deal-not-created", "violation",
         "A step on a deal that was never created"},
        {AlreadyCreated, "already-created", "violation", "A create of a deal that exists"},
        {MissingOutcome, "missing-outcome", "violation",
         "A close (or an audit complete) without an outcome"},
        {UnknownField, "unknown-field", "violation", "A fill of a field the theme does not have"},
        {InvalidFieldValue, "invalid-field-value", "violation",
         "A fill with a value the field's type does not take"},
        {NoUnpaidInvoice, "no-unpaid-invoice", "violation",
         "A payment when no unpaid invoice (or none with that id) exists"},
        {NothingToExtend, "nothing-to-extend", "violation",
         "An extend when the theme sets no max_duration"},
        {NotForType, "not-for-type", "violation",
         "A move, fill, invoice or send in an audit or service theme"},
        {ActivityOverdue, "activity-overdue", "warning",
         "A planned activity's due time passes while it is still planned"},
        {UnknownDocument, "unknown-document", "violation",
         "A send of a document the theme does not have"},
        {DocumentNotAvailable, "document-not-available", "violation",
         "A send of a document not offered at the deal's stage"},
        {StepOrder, "step-order", "warning",
         "A scenario step timed earlier than the step written before it for the same deal", false},
    };
    return k_checks;
}

std::string_view id_of(SimCheck check) {
    return sim_checks()[static_cast<std::size_t>(check)].id;
}

}  // namespace reltheme
