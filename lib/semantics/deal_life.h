#pragma once
/// A deal's life as a theme defines it, decided in one place: where a deal
/// starts, which stages are final and how each ends, when a deal closes under
/// each `close` policy, which outcomes may be recorded where, and what every
/// unset parameter means. The checks, the scenario engine, Monte Carlo,
/// `analyze`, `paths`, `diff` and the handbook all ask this module
/// (docs/deal-life.md states the same rules in words).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/theme.h"

namespace reltheme {

/// What an unset key means: the one table of defaults.
namespace defaults {
inline constexpr ClosePolicy close = ClosePolicy::OnOutcome;
inline constexpr AfterClose planned_activities = AfterClose::Cancel;
inline constexpr AfterClose unpaid_invoices = AfterClose::Cancel;
inline constexpr Planning planning = Planning::Off;
inline constexpr bool concurrent_deals = false;
inline constexpr CommentPolicy outcome_comment = CommentPolicy::Optional;
inline constexpr OutcomeResult final_stage_result = OutcomeResult::Success;
}  // namespace defaults

/// The theme's parameters with the defaults applied.
ClosePolicy close_policy(const Theme& theme);
Planning planning(const Theme& theme);
bool concurrent_deals(const Theme& theme);
AfterClose after_close_activities(const Theme& theme);
AfterClose after_close_invoices(const Theme& theme);
CommentPolicy comment_policy(const Outcome& outcome);
/// Whether moving a deal's deadline waits for an approver: `deadline_change`
/// with `approval: required`. Without `deadline_change` (or with its
/// `approval` unreadable) the manager moves it alone.
bool deadline_change_needs_approval(const Theme& theme);

/// The stage a new deal enters: the first one; -1 when the theme has none
/// (audit and service themes).
int first_stage(const Theme& theme);
/// A final stage has no `next`.
bool is_final_stage(const Stage& stage);
/// How a final stage ends: its `result`, success when unset. Only final
/// stages have a result; a `result` on another stage means nothing
/// (`result-on-non-final-stage`).
OutcomeResult final_result(const Stage& stage);

/// Where a deal closes in one stage of a sales theme, under the theme's
/// `close` policy.
struct StageClosing {
    /// close: on-final-stage, a final stage: the deal closes the moment it
    /// enters, with this result; time in the stage does not count.
    std::optional<OutcomeResult> on_entry;
    /// The deal can close as won while in this stage: a success outcome is
    /// recorded here (on-outcome, a final stage ending as success), or its
    /// invoices are all paid here (on-payment, a stage with role: payment).
    bool can_win = false;
    /// A deal's route through the stages ends here: it closes here or never
    /// goes on (a final stage; under on-payment also a payment stage, where
    /// it closes as won once paid).
    bool ends_route = false;
};
StageClosing stage_closing(const Theme& theme, std::size_t stage);

/// Stages where a deal can close as won (`stage_closing().can_win`, or a
/// final stage it closes on entering as won), by index.
std::vector<bool> winning_stages(const Theme& theme);
/// Stages where a route ends (`stage_closing().ends_route`), by index.
std::vector<bool> route_ends(const Theme& theme);

/// Whether paying an invoice closes the deal: close: on-payment, the deal is
/// in a stage with role: payment (`stage`, -1 for none), it has at least one
/// invoice (`invoices`) and all are paid (`unpaid` is 0).
bool closes_on_payment(const Theme& theme, int stage, std::size_t invoices, std::size_t unpaid);

/// How an outcome counts: built-in success ones (won, yes), built-in failure
/// ones (lost, no), an outcome of the theme by its `result`; nullopt for an
/// audit outcome without `result` (a result of its own) or an unknown id.
std::optional<OutcomeResult> outcome_result(const Theme& theme, std::string_view outcome);
/// An outcome's `result` as written ("success", "failure"), or "a result of
/// its own" for an audit outcome without one.
const char* result_text(const Outcome& outcome);
/// Whether the id is a built-in outcome of the theme's type or one of its own.
bool outcome_known(const Theme& theme, std::string_view outcome);
/// Every outcome id the theme knows, built-in ones first.
std::vector<std::string> outcome_ids(const Theme& theme);

/// Why an outcome may or may not be recorded on a deal.
enum class OutcomeVerdict {
    Allowed,
    NoOutcomes,          ///< a service theme has none
    Unknown,             ///< not an outcome of the theme
    ClosedByTheme,       ///< a success outcome, and close is not on-outcome
    SuccessNotFinal,     ///< a success outcome outside a final stage
    SuccessAtLostStage,  ///< a success outcome in a final stage that ends as failure
};
/// Whether `outcome` may be recorded on a deal of the theme in stage `stage`
/// (-1: a theme without stages).
OutcomeVerdict may_record(const Theme& theme, std::string_view outcome, int stage);
/// The reason in words, in the run's language (the catalogue's `verdict.`
/// entries): "success outcome won is recorded only in a final stage; the deal
/// is in intro".
std::string verdict_text(const Theme& theme, OutcomeVerdict verdict, std::string_view outcome,
                         int stage);

}  // namespace reltheme
