#include <fmt/format.h>

#include "check/deadlines.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// Some loop-free route from the first stage to the end of a deal, each stage
/// taking its full deadline, does not fit into max_duration. Always a warning:
/// managers rarely use every stage's whole deadline, but when they do the deal
/// is late without anyone having missed a stage deadline.
class SlowestPathExceedsMax final : public Rule {
  public:
    std::string_view id() const override { return "slowest-path-exceeds-max"; }
    ThemeParts needs() const override {
        return ThemeParts(ThemePart::Header) | ThemePart::MaxDuration | ThemeParts::stage_list();
    }
    std::string_view summary() const override {
        return "a loop-free route, every stage using its whole deadline, takes longer than "
               "max_duration";
    }
    Severity default_severity() const override { return Severity::Warning; }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        const DeadlineFindings found = find_deadline_findings(theme, true);
        const WeekdaySet days = found.slowest_days;
        if (days.none()) {
            if (!found.slowest.complete) {
                sink.report(
                    std::string(id()), Severity::Info, theme.max_duration->range,
                    i18n::message(
                        "slowest-path-exceeds-max.incomplete",
                        fmt::arg("max", theme.max_duration->value.to_string()),
                        fmt::arg("steps", i18n::count(static_cast<long long>(k_route_search_budget),
                                                      "noun.step"))));
            }
            return;
        }
        const RoutesByWeekday& routes = found.slowest.by_weekday;
        const int shown = pick_weekday(routes, found.slowest_shown, false);
        const TimedRoute& route = *routes[shown];
        const std::string when =
            same_figures(routes, days)
                ? ""
                : i18n::message("route.from-weekday",
                                fmt::arg("day", weekday_list(WeekdaySet().set(shown))));
        const std::string starts = days.all() ? ""
                                              : i18n::message("slowest-path-exceeds-max.when",
                                                              fmt::arg("days", weekday_list(days)));
        const std::string message = i18n::message(
            "slowest-path-exceeds-max", fmt::arg("route", route_text(theme, route.stages)),
            fmt::arg("max", theme.max_duration->value.to_string()), fmt::arg("when", starts),
            fmt::arg("figures", route_figures(route, when)),
            fmt::arg("unchecked", found.slowest.complete
                                      ? ""
                                      : i18n::message("slowest-path-exceeds-max.unchecked")));
        Diagnostic& d = report(sink, theme.max_duration->range, message);
        const Stage& last = theme.stages[route.stages.back()];
        d.notes.push_back({ctx.source.path(), last.id.range,
                           i18n::message("note.route-ends", fmt::arg("stage", last.id.value))});
    }
};

}  // namespace

std::unique_ptr<Rule> make_slowest_path_exceeds_max() {
    return std::make_unique<SlowestPathExceedsMax>();
}

}  // namespace reltheme::rules
