#include "simulate/scenario_run.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/rule_ids.h"
#include "simulate/clock.h"
#include "simulate/theme_input.h"
#include "util/excerpt.h"
#include "util/file.h"
#include "util/severity_counts.h"
#include "util/spelling.h"

namespace reltheme {
namespace fs = std::filesystem;

const char* state_name(const DealState& d) {
    return !d.created ? "none" : d.closed ? "closed" : "open";
}

std::string stage_name(const Theme& t, const DealState& d) {
    return d.stage >= 0 ? t.stages[static_cast<std::size_t>(d.stage)].id.value : std::string("-");
}

namespace {

/// Checks the expectations' references against the theme: stages, outcomes
/// and violation ids must exist, so a typo fails loudly instead of never matching.
void check_expectations(const Scenario& s, const Theme& t, DiagnosticSink& sink) {
    std::vector<std::string> stages, outcomes = builtin_outcomes(t.type.value);
    for (const auto& st : t.stages) stages.push_back(st.id.value);
    for (const auto& o : t.outcomes) outcomes.push_back(o.id.value);
    Suggester suggester;  // one budget for every expectation of the scenario
    auto unknown = [&](const std::string& v, const std::vector<std::string>& known,
                       const Range& range, const char* rule, const char* what) {
        if (std::find(known.begin(), known.end(), v) != known.end()) return;
        std::string message = i18n::message(what, fmt::arg("id", i18n::quoted(excerpt(v))),
                                            fmt::arg("theme", t.id.value));
        message += i18n::did_you_mean(suggester.suggest(v, known));
        sink.report(rule, Severity::Error, range, message);
    };
    for (const auto& e : s.expectations) {
        if (e.stage)
            unknown(*e.stage, stages, e.stage_range, rule_id::k_unknown_stage, "expect.no-stage");
        if (e.outcome)
            unknown(*e.outcome, outcomes, e.outcome_range, "schema", "expect.no-outcome");
        if (e.kind == ExpectKind::Violation || e.kind == ExpectKind::Warning) {
            unknown(e.record, record_ids(), e.record_range, "schema",
                    e.kind == ExpectKind::Violation ? "expect.no-violation" : "expect.no-warning");
        }
    }
}

/// The records of a run by level and deal, so that each expectation looks
/// only at its own deal's records (30,000 expectations against 30,000 records
/// each were a quadratic run).
class RecordIndex {
  public:
    explicit RecordIndex(const ScenarioResult& r) : m_r(r) {
        for (std::size_t i = 0; i < r.records.size(); ++i) {
            const Record& rec = r.records[i];
            m_of[{rec.level, std::nullopt}].push_back(i);
            m_of[{rec.level, rec.deal}].push_back(i);
            m_first.try_emplace({rec.level, std::nullopt, rec.id}, i);
            m_first.try_emplace({rec.level, rec.deal, rec.id}, i);
        }
    }
    /// The first record of a level and id, of one deal or of any.
    const Record* first(RecordLevel level, const std::optional<std::size_t>& deal,
                        const std::string& id) const {
        const auto it = m_first.find({level, deal, id});
        return it == m_first.end() ? nullptr : &m_r.records[it->second];
    }
    /// The records of a level, of one deal or of all, in order.
    const std::vector<std::size_t>& of(RecordLevel level,
                                       const std::optional<std::size_t>& deal) const {
        static const std::vector<std::size_t> k_none;
        const auto it = m_of.find({level, deal});
        return it == m_of.end() ? k_none : it->second;
    }
    /// "a (D-1), b (D-2)" (without the deal when one is given), or "none";
    /// made once per level and deal.
    const std::string& text(RecordLevel level, const std::optional<std::size_t>& deal) {
        auto [it, added] = m_text.try_emplace({level, deal});
        if (!added) return it->second;
        std::string out;
        for (const std::size_t i : of(level, deal)) {
            const Record& rec = m_r.records[i];
            out += (out.empty() ? "" : ", ") + rec.id;
            if (!deal) out += " (" + m_r.scenario->deals[rec.deal].id + ")";
        }
        it->second = out.empty() ? i18n::message("expect.none") : out;
        return it->second;
    }

  private:
    using Key = std::pair<RecordLevel, std::optional<std::size_t>>;
    const ScenarioResult& m_r;
    std::map<Key, std::vector<std::size_t>> m_of;
    std::map<Key, std::string> m_text;
    std::map<std::tuple<RecordLevel, std::optional<std::size_t>, std::string>, std::size_t> m_first;
};

void evaluate(ScenarioResult& r) {
    const Scenario& s = *r.scenario;
    // A deal by its id (the last of a repeated id; a repeated id is an error
    // before any run).
    std::map<std::string, std::size_t> deal_index;
    for (std::size_t k = 0; k < s.deals.size(); ++k) deal_index[s.deals[k].id] = k;
    RecordIndex records(r);
    for (std::size_t i = 0; i < s.expectations.size(); ++i) {
        const Expectation& e = s.expectations[i];
        ExpectationResult x;
        x.index = i;
        std::optional<std::size_t> deal;
        if (e.deal) {
            if (const auto it = deal_index.find(*e.deal); it != deal_index.end()) deal = it->second;
        }
        const std::string on = e.deal ? i18n::message("expect.on", fmt::arg("deal", *e.deal)) : "";
        switch (e.kind) {
            case ExpectKind::State: {
                const DealState& d = r.deals[*deal];
                bool ok = true;
                std::string expected, actual;
                auto part = [&](const char* key, const std::optional<std::string>& want,
                                const std::string& have) {
                    if (!want) return;
                    ok = ok && *want == have;
                    expected += fmt::format("{}{} {}", expected.empty() ? "" : ", ", key, *want);
                    actual += fmt::format("{}{} {}", actual.empty() ? "" : ", ", key, have);
                    x.rows.push_back({fmt::format("{} {}", key, *want),
                                      fmt::format("{} {}", key, have), *want != have});
                };
                part("state", e.state, state_name(d));
                part("stage", e.stage, stage_name(*r.theme, d));
                part("outcome", e.outcome, d.outcome.value_or("-"));
                x.passed = ok;
                x.expected = *e.deal + ": " + expected;
                x.actual = *e.deal + ": " + actual;
                break;
            }
            case ExpectKind::Violation:
            case ExpectKind::Warning: {
                const RecordLevel level =
                    e.kind == ExpectKind::Violation ? RecordLevel::Violation : RecordLevel::Warning;
                const bool v = level == RecordLevel::Violation;
                const Record* hit = records.first(level, deal, e.record);
                x.passed = hit != nullptr;
                x.expected = i18n::message(v ? "expect.violation" : "expect.warning",
                                           fmt::arg("id", e.record)) +
                             on;
                x.actual = hit ? i18n::message(v ? "expect.violation-at" : "expect.warning-at",
                                               fmt::arg("id", e.record),
                                               fmt::arg("deal", s.deals[hit->deal].id),
                                               fmt::arg("at", format_moment(hit->at)))
                               : i18n::message(v ? "expect.violations-of" : "expect.warnings-of",
                                               fmt::arg("on", on),
                                               fmt::arg("list", records.text(level, deal)));
                break;
            }
            case ExpectKind::Violations:
            case ExpectKind::Warnings: {
                const RecordLevel level = e.kind == ExpectKind::Violations ? RecordLevel::Violation
                                                                           : RecordLevel::Warning;
                const char* noun =
                    level == RecordLevel::Violation ? "noun.violation" : "noun.warning";
                const auto n = static_cast<long long>(records.of(level, deal).size());
                x.passed = n == e.count;
                x.expected = i18n::count(e.count, noun) + on;
                x.actual = i18n::count(n, noun) + on;
                if (n > 0) x.actual += ": " + records.text(level, deal);
                break;
            }
        }
        r.expectations.push_back(std::move(x));
    }
}

ScenarioResult run(const std::string& text, const fs::path& path, const ScenarioOptions& options) {
    ScenarioResult r;
    r.display = display_path(path);
    const SourceText source(r.display, strip_bom(text));
    DiagnosticSink sink(r.display);
    r.scenario = load_scenario(source, sink, options.limits);
    if (!r.scenario) {
        add_file_findings(r.findings, source, std::move(sink.items()));
        return r;
    }
    const auto named = named_theme_path(path, r.scenario->theme, r.scenario->theme_range,
                                        FileKind::Scenario, sink);
    if (!named) {
        add_file_findings(r.findings, source, std::move(sink.items()));
        r.scenario.reset();
        return r;
    }
    const fs::path theme_path = *named;
    r.theme_display = display_path(theme_path);
    ThemeInput input = (options.themes ? options.themes : structural_themes(options.limits))(
        theme_path, r.theme_display);
    if (!input.theme) {
        r.findings = std::move(input.findings);
        if (r.findings.files.empty() || (r.findings.errors == 0 && !r.findings.read_failed)) {
            sink.report(rule_id::k_missing_file, Severity::Error, r.scenario->theme_range,
                        i18n::message("scenario.not-a-theme",
                                      fmt::arg("file", i18n::quoted(excerpt(r.scenario->theme)))));
        }
        for (auto& f : r.findings.files) {
            if (f.read_error) {
                sink.report(
                    rule_id::k_missing_file, Severity::Error, r.scenario->theme_range,
                    i18n::message("scenario.theme-unreadable", fmt::arg("file", r.theme_display),
                                  fmt::arg("error", *f.read_error)));
            }
        }
        r.findings.read_failed = false;
        std::erase_if(r.findings.files,
                      [](const FileFindings& f) { return f.diagnostics.empty(); });
        if (!sink.items().empty()) add_file_findings(r.findings, source, std::move(sink.items()));
        r.scenario.reset();
        return r;
    }
    r.theme = std::move(input.theme);
    check_expectations(*r.scenario, *r.theme, sink);
    if (sink.has_errors()) {
        add_file_findings(r.findings, source, std::move(sink.items()));
        r.scenario.reset();
        return r;
    }
    r.loaded = true;
    // Warnings of the scenario file (step-order) are shown with the run.
    if (!sink.items().empty()) add_file_findings(r.findings, source, std::move(sink.items()));

    // Play the steps in time order (ties keep file order), noting deadlines
    // as the clock passes them.
    const Scenario& s = *r.scenario;
    std::vector<std::size_t> order(s.steps.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return s.steps[a].at < s.steps[b].at; });
    DealEngine engine(*r.theme, s);
    Minutes last = s.start;
    for (std::size_t i : order) {
        engine.tick(s.steps[i].at);
        engine.apply(i);
        last = std::max(last, s.steps[i].at);
    }
    if (s.end && *s.end > last) engine.tick(*s.end);
    r.deals = engine.deals();
    r.records = engine.records();
    r.timeline = engine.timeline();
    r.reached = engine.reached();
    for (const auto& rec : r.records)
        (rec.level == RecordLevel::Violation ? r.violations : r.warnings)++;
    evaluate(r);
    return r;
}

}  // namespace

bool ScenarioResult::passed() const {
    return loaded && std::all_of(expectations.begin(), expectations.end(),
                                 [](const auto& e) { return e.passed; });
}

ScenarioResult run_scenario_file(const fs::path& path, const ScenarioOptions& options) {
    std::string error;
    auto text = read_file(path, options.limits.max_bytes, error);
    if (!text) {
        ScenarioResult r;
        r.display = display_path(path);
        add_unreadable_file(r.findings, r.display, error);
        return r;
    }
    return run(*text, path, options);
}

ScenarioResult run_scenario_text(const std::string& text, const fs::path& path,
                                 const ScenarioOptions& options) {
    return run(text, path, options);
}

std::vector<ThemeCoverage> coverage_of(const std::vector<ScenarioResult>& results) {
    std::map<std::string, std::pair<const Theme*, Reached>> by_file;
    std::map<std::string, int> counts;
    std::vector<std::string> order;
    for (const auto& r : results) {
        if (!r.loaded) continue;
        auto [it, inserted] = by_file.try_emplace(r.theme_display, &*r.theme, Reached{});
        if (inserted) order.push_back(r.theme_display);
        ++counts[r.theme_display];
        Reached& acc = it->second.second;
        acc.stages.insert(r.reached.stages.begin(), r.reached.stages.end());
        acc.transitions.insert(r.reached.transitions.begin(), r.reached.transitions.end());
        acc.outcomes.insert(r.reached.outcomes.begin(), r.reached.outcomes.end());
    }
    std::sort(order.begin(), order.end());
    std::vector<ThemeCoverage> out;
    for (const auto& file : order) {
        const auto& [theme, reached] = by_file[file];
        ThemeCoverage c;
        c.theme_id = theme->id.value;
        c.theme_file = file;
        c.scenarios = counts[file];
        for (const auto& s : theme->stages) {
            c.stages.push_back(s.id.value);
            if (!reached.stages.count(s.id.value)) c.stages_missed.push_back(s.id.value);
            for (const auto& t : s.next) {
                const std::string name = s.id.value + " -> " + t.to.value;
                c.transitions.push_back(name);
                if (!reached.transitions.count({s.id.value, t.to.value}))
                    c.transitions_missed.push_back(name);
            }
        }
        std::vector<std::string> outcomes = builtin_outcomes(theme->type.value);
        for (const auto& o : theme->outcomes) outcomes.push_back(o.id.value);
        for (const auto& o : outcomes) {
            c.outcomes.push_back(o);
            if (!reached.outcomes.count(o)) c.outcomes_missed.push_back(o);
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace reltheme
