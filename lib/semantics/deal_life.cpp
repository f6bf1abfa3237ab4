#include "semantics/deal_life.h"

#include <fmt/format.h>

#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme {
namespace {

template <class T>
T value_or(const std::optional<Located<T>>& v, T fallback) {
    return v ? v->value : fallback;
}

bool is_builtin(const Theme& theme, std::string_view outcome) {
    for (const auto& b : builtin_outcomes(theme.type.value)) {
        if (b == outcome) return true;
    }
    return false;
}

}  // namespace

ClosePolicy close_policy(const Theme& theme) {
    return theme.parameters ? value_or(theme.parameters->close, defaults::close) : defaults::close;
}

Planning planning(const Theme& theme) {
    return theme.parameters ? value_or(theme.parameters->planning, defaults::planning)
                            : defaults::planning;
}

bool concurrent_deals(const Theme& theme) {
    return theme.parameters
               ? value_or(theme.parameters->concurrent_deals, defaults::concurrent_deals)
               : defaults::concurrent_deals;
}

AfterClose after_close_activities(const Theme& theme) {
    return theme.parameters
               ? value_or(theme.parameters->planned_activities, defaults::planned_activities)
               : defaults::planned_activities;
}

AfterClose after_close_invoices(const Theme& theme) {
    return theme.parameters ? value_or(theme.parameters->unpaid_invoices, defaults::unpaid_invoices)
                            : defaults::unpaid_invoices;
}

bool deadline_change_needs_approval(const Theme& theme) {
    const auto& dc = theme.deadline_change;
    return dc && dc->approval && dc->approval->value == Approval::Required;
}

// Outcome::comment_required() reads an unset comment as optional.
static_assert(defaults::outcome_comment == CommentPolicy::Optional);

CommentPolicy comment_policy(const Outcome& outcome) {
    return value_or(outcome.comment, defaults::outcome_comment);
}

int first_stage(const Theme& theme) {
    return theme.type.value == ThemeType::Sales && !theme.stages.empty() ? 0 : -1;
}

bool is_final_stage(const Stage& stage) {
    return stage.is_final();
}

OutcomeResult final_result(const Stage& stage) {
    return value_or(stage.result, defaults::final_stage_result);
}

StageClosing stage_closing(const Theme& theme, std::size_t stage) {
    const Stage& s = theme.stages[stage];
    const bool final = is_final_stage(s);
    const bool payment = s.role && s.role->value == StageRole::Payment;
    StageClosing c;
    switch (close_policy(theme)) {
        case ClosePolicy::OnOutcome:
            c.can_win = final && final_result(s) == OutcomeResult::Success;
            c.ends_route = final;
            break;
        case ClosePolicy::OnFinalStage:
            if (final) c.on_entry = final_result(s);
            c.ends_route = final;
            break;
        case ClosePolicy::OnPayment:
            c.can_win = payment;
            c.ends_route = final || payment;
            break;
    }
    return c;
}

std::vector<bool> winning_stages(const Theme& theme) {
    std::vector<bool> out(theme.stages.size(), false);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const StageClosing c = stage_closing(theme, i);
        out[i] = c.can_win || c.on_entry == OutcomeResult::Success;
    }
    return out;
}

std::vector<bool> route_ends(const Theme& theme) {
    std::vector<bool> out(theme.stages.size(), false);
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = stage_closing(theme, i).ends_route;
    return out;
}

bool closes_on_payment(const Theme& theme, int stage, std::size_t invoices, std::size_t unpaid) {
    if (close_policy(theme) != ClosePolicy::OnPayment || stage < 0 ||
        static_cast<std::size_t>(stage) >= theme.stages.size())
        return false;
    return stage_closing(theme, static_cast<std::size_t>(stage)).can_win && invoices > 0 &&
           unpaid == 0;
}

std::optional<OutcomeResult> outcome_result(const Theme& theme, std::string_view outcome) {
    const auto builtin = builtin_outcomes(theme.type.value);
    for (std::size_t i = 0; i < builtin.size(); ++i) {
        // Built in: the first of each type counts as success, the second as failure.
        if (builtin[i] == outcome) return i == 0 ? OutcomeResult::Success : OutcomeResult::Failure;
    }
    const Outcome* o = theme.find_outcome(outcome);
    if (!o || !o->result) return std::nullopt;
    return o->result->value;
}

const char* result_text(const Outcome& outcome) {
    return outcome.result ? to_string(outcome.result->value) : "a result of its own";
}

bool outcome_known(const Theme& theme, std::string_view outcome) {
    return is_builtin(theme, outcome) || theme.find_outcome(outcome) != nullptr;
}

std::vector<std::string> outcome_ids(const Theme& theme) {
    std::vector<std::string> ids = builtin_outcomes(theme.type.value);
    for (const auto& o : theme.outcomes) ids.push_back(o.id.value);
    return ids;
}

OutcomeVerdict may_record(const Theme& theme, std::string_view outcome, int stage) {
    if (theme.type.value == ThemeType::Service) return OutcomeVerdict::NoOutcomes;
    if (!outcome_known(theme, outcome)) return OutcomeVerdict::Unknown;
    if (theme.type.value != ThemeType::Sales ||
        outcome_result(theme, outcome) != OutcomeResult::Success)
        return OutcomeVerdict::Allowed;
    if (close_policy(theme) != ClosePolicy::OnOutcome) return OutcomeVerdict::ClosedByTheme;
    if (stage < 0 || static_cast<std::size_t>(stage) >= theme.stages.size())
        return OutcomeVerdict::SuccessNotFinal;
    const Stage& s = theme.stages[static_cast<std::size_t>(stage)];
    if (!is_final_stage(s)) return OutcomeVerdict::SuccessNotFinal;
    if (final_result(s) != OutcomeResult::Success) return OutcomeVerdict::SuccessAtLostStage;
    return OutcomeVerdict::Allowed;
}

std::string verdict_text(const Theme& theme, OutcomeVerdict verdict, std::string_view outcome,
                         int stage) {
    const std::string in = stage >= 0 && static_cast<std::size_t>(stage) < theme.stages.size()
                               ? theme.stages[static_cast<std::size_t>(stage)].id.value
                               : std::string();
    using i18n::message;
    switch (verdict) {
        case OutcomeVerdict::Allowed:
            return "";
        case OutcomeVerdict::NoOutcomes:
            return message("verdict.no-outcomes");
        case OutcomeVerdict::Unknown:
            return message("verdict.unknown", fmt::arg("theme", theme.id.value),
                           fmt::arg("outcome", i18n::quoted(excerpt(outcome))));
        case OutcomeVerdict::ClosedByTheme:
            return message(close_policy(theme) == ClosePolicy::OnPayment
                               ? "verdict.closed-by-theme.on-payment"
                               : "verdict.closed-by-theme.on-final-stage");
        case OutcomeVerdict::SuccessNotFinal:
            return message("verdict.success-not-final", fmt::arg("outcome", outcome),
                           fmt::arg("stage", in));
        case OutcomeVerdict::SuccessAtLostStage:
            return message("verdict.success-at-lost-stage", fmt::arg("outcome", outcome),
                           fmt::arg("stage", in));
    }
    return "";
}

}  // namespace reltheme
