#pragma once
/// Everything `simulate` reports about a scenario besides the theme's own
/// rules: the violations and warnings the deal engine records, and the
/// warnings of the scenario reader. This table is the one place their ids are
/// written; each has a page docs/rules/<id>.md (`reltheme explain ID`), and
/// `reltheme rules` lists them as the group "simulate".
#include <string_view>
#include <vector>

namespace reltheme {

enum class SimCheck {
    IllegalTransition,
    MissingRequiredField,
    StageOverdue,
    DealOverdue,
    Unplanned,
    ConcurrentDeal,
    UnapprovedDeadlineChange,
    MissingComment,
    OutcomeNotAllowed,
    DealClosed,
    DealNotCreated,
    AlreadyCreated,
    MissingOutcome,
    UnknownField,
    InvalidFieldValue,
    NoUnpaidInvoice,
    NothingToExtend,
    NotForType,
    ActivityOverdue,
    UnknownDocument,
    DocumentNotAvailable,
    StepOrder,
};

struct SimCheckInfo {
    SimCheck check;
    std::string_view id;
    /// How it is reported: "violation", "warning", "violation or warning"
    /// (the engine), or "warning" of the scenario file (`recorded` false).
    std::string_view level;
    std::string_view summary;
    bool recorded = true;  ///< recorded by the deal engine (else: the scenario reader)
};

/// Every entry, in the order of docs/simulation.md.
const std::vector<SimCheckInfo>& sim_checks();

/// The id of one entry ("illegal-transition").
std::string_view id_of(SimCheck check);

}  // namespace reltheme
