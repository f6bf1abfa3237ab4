#include "simulate/chain.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/rule_ids.h"
#include "semantics/deal_life.h"
#include "util/excerpt.h"
#include "util/spelling.h"

namespace reltheme {

double business_advance(double t, long long k) {
    if (k <= 0) return t;
    const double day = std::floor(t);
    const double time_of_day = t - day;
    long long d = static_cast<long long>(day);
    long long wd = ((d % 7) + 7) % 7;
    if (wd >= 5) {  // a weekend start counts from the Friday before
        d -= wd - 4;
        wd = 4;
    }
    const long long weeks = (k - 1) / 5;
    const long long r = (k - 1) % 5 + 1;
    const long long days = r + (wd + r > 4 ? 2 : 0);
    return static_cast<double>(d + days + weeks * 7) + time_of_day;
}

double business_advance(double t, double x) {
    const double whole = std::floor(x);
    const double f = x - whole;
    const long long k = static_cast<long long>(whole);
    const double a = business_advance(t, k);
    if (f == 0) return a;
    return a + f * (business_advance(t, k + 1) - a);
}

double advance_days(double t, const Duration& d) {
    if (d.is_business()) return business_advance(t, static_cast<long long>(d.amount));
    return t + static_cast<double>(d.calendar_minutes()) / k_minutes_per_day;
}

std::optional<Chain> build_chain(const Theme& theme, const Model& model, DiagnosticSink& sink) {
    bool ok = true;
    auto error = [&](const Range& r, std::string message, const char* rule = "schema") {
        sink.report(rule, Severity::Error, r, std::move(message));
        ok = false;
    };
    if (theme.type.value != ThemeType::Sales || theme.stages.empty()) {
        error(model.theme_range.valid() ? model.theme_range : Range{{1, 1}, {1, 2}},
              i18n::message(theme.type.value == ThemeType::Sales   ? "chain.no-stages"
                            : theme.type.value == ThemeType::Audit ? "chain.not-sales.audit"
                                                                   : "chain.not-sales.service",
                            fmt::arg("theme", theme.id.value)));
        return std::nullopt;
    }
    std::vector<std::string> ids;
    for (const auto& s : theme.stages) ids.push_back(s.id.value);
    std::vector<const ModelStage*> by_stage(theme.stages.size(), nullptr);
    const StageIndex stage_index(theme);
    for (const auto& ms : model.stages) {
        const int i = stage_index(ms.id);
        if (i < 0) {
            std::string message = i18n::message("chain.no-stage", fmt::arg("theme", theme.id.value),
                                                fmt::arg("stage", i18n::quoted(excerpt(ms.id))));
            message += i18n::did_you_mean(closest_match(ms.id, ids));
            error(ms.id_range, message, rule_id::k_unknown_stage);
            continue;
        }
        by_stage[static_cast<std::size_t>(i)] = &ms;
    }
    Chain c;
    c.theme_id = theme.id.value;
    if (theme.max_duration) c.max_duration = theme.max_duration->value;
    c.arrivals_per_day = model.arrivals_per_day;
    for (std::size_t i = 0; i < theme.stages.size(); ++i) {
        const Stage& st = theme.stages[i];
        const ModelStage* ms = by_stage[i];
        ChainStage cs;
        cs.id = st.id.value;
        const StageClosing closing = stage_closing(theme, i);
        cs.final = closing.ends_route;
        if (closing.on_entry) {
            // The deal closes on entering (close: on-final-stage): no time in
            // the stage, its deadline never runs, the model's `lost` there and
            // its duration do not count.
            (*closing.on_entry == OutcomeResult::Success ? cs.won : cs.lost) = 1;
            c.stages.push_back(cs);
            continue;
        }
        if (st.deadline) cs.deadline = st.deadline->value;
        if (!ms) {
            error(model.stages_range.valid() ? model.stages_range : Range{{1, 1}, {1, 2}},
                  i18n::message("chain.no-duration", fmt::arg("stage", st.id.value)));
            c.stages.push_back(cs);
            continue;
        }
        if (!ms->duration) {
            ok = false;
            c.stages.push_back(cs);
            continue;
        }
        cs.duration = *ms->duration;
        const double stay = 1 - ms->lost;
        if (cs.final) {
            // The route ends here: won on leaving where the theme lets a deal
            // be won (a success outcome in a final stage; under on-payment the
            // invoices paid at a payment stage, so stages after it lose no
            // deal), lost where it cannot be.
            if (ms->has_next && st.is_final())
                error(ms->next_range,
                      i18n::message("chain.final-next", fmt::arg("stage", st.id.value)));
            cs.lost = closing.can_win ? ms->lost : 1.0;
            cs.won = closing.can_win ? stay : 0.0;
            c.stages.push_back(cs);
            continue;
        }
        // Branch weights: the model's replace the theme's; entries without one
        // share the rest evenly; when all have one, the rest closes as lost.
        std::vector<std::optional<double>> w(st.next.size());
        if (ms->has_next) {
            for (std::size_t k = 0; k < ms->next.size(); ++k) {
                const std::string& to = ms->next[k].first;
                const auto& p = ms->next[k].second;
                const auto it = std::find_if(st.next.begin(), st.next.end(),
                                             [&](const Transition& t) { return t.to.value == to; });
                if (it == st.next.end()) {
                    std::string allowed;
                    for (const auto& t : st.next)
                        allowed += (allowed.empty() ? "" : ", ") + t.to.value;
                    error(ms->next_ranges[k],
                          i18n::message("chain.no-branch", fmt::arg("stage", st.id.value),
                                        fmt::arg("to", i18n::quoted(excerpt(to))),
                                        fmt::arg("allowed", allowed)));
                    continue;
                }
                w[static_cast<std::size_t>(it - st.next.begin())] = p;
            }
        } else {
            for (std::size_t k = 0; k < st.next.size(); ++k) {
                if (st.next[k].probability) w[k] = st.next[k].probability->value;
            }
        }
        double given = 0;
        std::size_t unset = 0;
        for (const auto& x : w) {
            if (x)
                given += *x;
            else
                ++unset;
        }
        given = std::min(given, 1.0);
        const double rest = 1 - given;
        cs.lost = ms->lost + (unset == 0 ? stay * rest : 0.0);
        for (std::size_t k = 0; k < st.next.size(); ++k) {
            const double p = w[k] ? *w[k] : rest / static_cast<double>(unset);
            if (p <= 0) continue;
            const int target = stage_index(st.next[k].to.value);
            if (target < 0) {  // `validate` reports it as unknown-stage in the theme
                error(model.stages_range.valid() ? model.stages_range : Range{{1, 1}, {1, 2}},
                      i18n::message("chain.leads-nowhere", fmt::arg("stage", st.id.value),
                                    fmt::arg("to", i18n::quoted(excerpt(st.next[k].to.value)))),
                      rule_id::k_unknown_stage);
                continue;
            }
            cs.next.push_back(target);
            cs.next_prob.push_back(stay * p);
        }
        c.stages.push_back(cs);
    }
    if (!ok) return std::nullopt;
    for (const auto& s : c.stages) {
        c.uses_business =
            c.uses_business || s.duration.business || (s.deadline && s.deadline->is_business());
    }
    if (c.max_duration && c.max_duration->is_business()) c.uses_business = true;
    // Every stage a deal can reach must lead to closing with some chance, or
    // a deal could circle for ever.
    const std::size_t n = c.stages.size();
    std::vector<bool> closes(n, false);
    for (std::size_t i = 0; i < n; ++i) closes[i] = c.stages[i].lost + c.stages[i].won > 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (closes[i]) continue;
            for (int j : c.stages[i].next) {
                if (closes[static_cast<std::size_t>(j)]) {
                    closes[i] = changed = true;
                    break;
                }
            }
        }
    }
    std::vector<bool> reach(n, false);
    std::vector<int> stack = {0};
    reach[0] = true;
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        for (int j : c.stages[static_cast<std::size_t>(i)].next) {
            if (!reach[static_cast<std::size_t>(j)]) {
                reach[static_cast<std::size_t>(j)] = true;
                stack.push_back(j);
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (reach[i] && !closes[i]) {
            const ModelStage* ms = by_stage[i];
            error(ms ? ms->id_range : model.stages_range,
                  i18n::message("chain.never-closes", fmt::arg("stage", c.stages[i].id)));
        }
    }
    if (!ok) return std::nullopt;
    return c;
}

}  // namespace reltheme
