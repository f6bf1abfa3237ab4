#include <fmt/format.h>

#include "check/deadlines.h"
#include "check/rules/rules.h"
#include "i18n/messages.h"

namespace reltheme::rules {
namespace {

/// Even the quickest route from the first stage to the end of a deal does not
/// fit into max_duration: deals following the theme's own deadlines are late
/// every time (error), or every time they start on certain weekdays (warning).
class FastestPathExceedsMax final : public Rule {
  public:
    std::string_view id() const override { return "fastest-path-exceeds-max"; }
    ThemeParts needs() const override {
        return ThemeParts(ThemePart::Header) | ThemePart::MaxDuration | ThemeParts::stage_list();
    }
    std::string_view summary() const override {
        return "even the quickest route to a final stage takes longer than max_duration";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        const DeadlineFindings found = find_deadline_findings(theme, false);
        const WeekdaySet days = found.fastest_days;
        if (days.none()) return;
        const bool always = days.all();
        // For an error show the weekday closest to fitting (late even then),
        // for a warning the latest one.
        const int shown = pick_weekday(found.fastest, found.fastest_shown, always);
        const TimedRoute& route = *found.fastest[shown];
        const std::string when =
            same_figures(found.fastest, days)
                ? ""
                : i18n::message("route.from-weekday",
                                fmt::arg("day", weekday_list(WeekdaySet().set(shown))));
        const std::string figures = i18n::message(
            "fastest-path-exceeds-max.figures", fmt::arg("route", route_text(theme, route.stages)),
            fmt::arg("figures", route_figures(route, when)));
        const std::string max = theme.max_duration->value.to_string();
        const std::string message =
            always
                ? i18n::message("fastest-path-exceeds-max.always", fmt::arg("max", max),
                                fmt::arg("figures", figures))
                : i18n::message("fastest-path-exceeds-max", fmt::arg("max", max),
                                fmt::arg("days", weekday_list(days)), fmt::arg("figures", figures));
        Diagnostic& d = sink.report(std::string(id()), always ? Severity::Error : Severity::Warning,
                                    theme.max_duration->range, message);
        const Stage& last = theme.stages[route.stages.back()];
        d.notes.push_back({ctx.source.path(), last.id.range,
                           i18n::message("note.route-ends", fmt::arg("stage", last.id.value))});
    }
};

}  // namespace

std::unique_ptr<Rule> make_fastest_path_exceeds_max() {
    return std::make_unique<FastestPathExceedsMax>();
}

}  // namespace reltheme::rules
