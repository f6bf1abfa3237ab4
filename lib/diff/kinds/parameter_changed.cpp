// parameter-changed: one change per theme parameter whose effective value
// (the default when not written) differs, with its consequence for open deals
// and its own severity.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"
#include "semantics/deal_life.h"

namespace reltheme {
namespace {

/// A parameter's value on one side, as text, and where it is written.
struct Value {
    std::string text;
    bool defaulted = true;
    Range range;
};

template <class T, class F>
Value value_of(const std::optional<Located<T>>& v, const T& fallback, F&& name) {
    if (v) return Value{name(v->value), false, v->range};
    return Value{name(fallback), true, {}};
}

std::string shown(const Value& v) {
    return v.defaulted ? i18n::message("value.default", fmt::arg("value", v.text)) : v.text;
}

int planning_level(Planning p) {
    switch (p) {
        case Planning::Off:
            return 0;
        case Planning::Recommended:
            return 1;
        case Planning::Required:
            return 2;
    }
    return 0;
}

class ParameterChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "parameter-changed"; }
    std::string_view summary() const override {
        return "A theme parameter changed; breaking or not depends on the values";
    }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::Depends; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        static const Parameters k_none;
        const Parameters& a =
            p.old_version.theme.parameters ? *p.old_version.theme.parameters : k_none;
        const Parameters& b =
            p.new_version.theme.parameters ? *p.new_version.theme.parameters : k_none;
        auto boolean = [](bool v) { return std::string(v ? "true" : "false"); };
        auto name = [](auto v) { return std::string(to_string(v)); };

        // concurrent_deals
        {
            constexpr bool fallback = defaults::concurrent_deals;
            const bool before = a.concurrent_deals ? a.concurrent_deals->value : fallback;
            const bool after = b.concurrent_deals ? b.concurrent_deals->value : fallback;
            if (before != after) {
                report(p, sink, "concurrent_deals", value_of(a.concurrent_deals, fallback, boolean),
                       value_of(b.concurrent_deals, fallback, boolean),
                       i18n::message(after ? "parameter-changed.concurrent-on"
                                           : "parameter-changed.concurrent-off"),
                       after ? Severity::Info : Severity::Error);
            }
        }
        // planning
        {
            const Planning before = a.planning ? a.planning->value : defaults::planning;
            const Planning after = b.planning ? b.planning->value : defaults::planning;
            if (before != after) {
                std::string consequence;
                Severity severity = Severity::Info;
                if (after == Planning::Required) {
                    consequence = i18n::message("parameter-changed.planning-required");
                    severity = Severity::Warning;
                } else if (planning_level(after) > planning_level(before)) {
                    consequence = i18n::message("parameter-changed.planning-recommended");
                } else {
                    consequence = i18n::message(after == Planning::Off
                                                    ? "parameter-changed.planning-off"
                                                    : "parameter-changed.planning-relaxed");
                }
                report(p, sink, "planning", value_of(a.planning, defaults::planning, name),
                       value_of(b.planning, defaults::planning, name), consequence, severity);
            }
        }
        // close
        {
            const ClosePolicy before = a.close ? a.close->value : defaults::close;
            const ClosePolicy after = b.close ? b.close->value : defaults::close;
            if (before != after) {
                std::string consequence;
                switch (after) {
                    case ClosePolicy::OnOutcome:
                        consequence = i18n::message("parameter-changed.close-on-outcome");
                        break;
                    case ClosePolicy::OnFinalStage:
                        consequence = i18n::message("parameter-changed.close-on-final-stage");
                        break;
                    case ClosePolicy::OnPayment:
                        consequence = i18n::message("parameter-changed.close-on-payment");
                        break;
                }
                report(p, sink, "close", value_of(a.close, defaults::close, name),
                       value_of(b.close, defaults::close, name), consequence, Severity::Warning);
            }
        }
        // after_close: an unset value means cancel (semantics/deal_life.h).
        after_close(p, sink, "after_close.planned_activities", a.planned_activities,
                    b.planned_activities, defaults::planned_activities,
                    "parameter-changed.activities-cancel", "parameter-changed.activities-keep");
        after_close(p, sink, "after_close.unpaid_invoices", a.unpaid_invoices, b.unpaid_invoices,
                    defaults::unpaid_invoices, "parameter-changed.invoices-cancel",
                    "parameter-changed.invoices-keep");
    }

  private:
    void after_close(const ThemePair& p, ChangeSink& sink, const char* key,
                     const std::optional<Located<AfterClose>>& a,
                     const std::optional<Located<AfterClose>>& b, AfterClose fallback,
                     const char* to_cancel, const char* to_keep) const {
        const AfterClose before = a ? a->value : fallback;
        const AfterClose after = b ? b->value : fallback;
        if (before == after) return;
        auto name = [](AfterClose v) { return std::string(to_string(v)); };
        const bool cancel = after == AfterClose::Cancel;
        report(p, sink, key, value_of(a, fallback, name), value_of(b, fallback, name),
               i18n::message(cancel ? to_cancel : to_keep),
               cancel ? Severity::Warning : Severity::Info);
    }

    void report(const ThemePair& p, ChangeSink& sink, const char* key, const Value& before,
                const Value& after, const std::string& consequence, Severity severity) const {
        const std::string message =
            i18n::message("parameter-changed", fmt::arg("key", key), fmt::arg("was", shown(before)),
                          fmt::arg("now", shown(after)), fmt::arg("consequence", consequence));
        Change* c = nullptr;
        if (!after.defaulted) {
            c = &sink.add(*this, Side::New, after.range, message);
        } else {
            c = &sink.add(*this, Side::Old, before.range, message);
            const auto& params = p.new_version.theme.parameters;
            diffing::anchor_at(*c, p.new_version,
                               params ? params->range : p.new_version.theme.id.range);
        }
        c->diagnostic.severity = severity;
        c->before = before.text;
        c->after = after.text;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_parameter_changed() {
    return std::make_unique<ParameterChanged>();
}

}  // namespace reltheme
