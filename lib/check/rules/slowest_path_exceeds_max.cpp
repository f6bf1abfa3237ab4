#include <fmt/format.h>

#include "check/deadlines.h"
#include "check/rules/rules.h"

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
                    fmt::format("not every loop-free route was checked against max_duration "
                                "{}: the theme has too many, and the search stopped after {} "
                                "steps",
                                theme.max_duration->value.to_string(), k_route_search_budget));
            }
            return;
        }
        const RoutesByWeekday& routes = found.slowest.by_weekday;
        const int shown = pick_weekday(routes, found.slowest_shown, false);
        const TimedRoute& route = *routes[shown];
        const std::string when =
            same_figures(routes, days) ? "" : " from a " + weekday_list(WeekdaySet().set(shown));
        std::string message =
            fmt::format("the loop-free route {} can take longer than max_duration {}",
                        route_text(theme, route.stages), theme.max_duration->value.to_string());
        if (!days.all()) message += " when the deal starts on " + weekday_list(days);
        message += ": " + route_figures(route, when);
        if (!found.slowest.complete) message += " (not every loop-free route was checked)";
        Diagnostic& d = report(sink, theme.max_duration->range, message);
        const Stage& last = theme.stages[route.stages.back()];
        d.notes.push_back({ctx.source.path(), last.id.range,
                           fmt::format("the route ends at \"{}\"", last.id.value)});
    }
};

}  // namespace

std::unique_ptr<Rule> make_slowest_path_exceeds_max() {
    return std::make_unique<SlowestPathExceedsMax>();
}

}  // namespace reltheme::rules
