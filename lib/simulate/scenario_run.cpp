#include "simulate/scenario_run.h"

#include <algorithm>
#include <numeric>
#include <set>

#include <fmt/format.h>

#include "simulate/clock.h"
#include "simulate/theme_input.h"
#include "util/file.h"
#include "util/plural.h"
#include "util/severity_counts.h"
#include "util/spelling.h"
#include "util/utf8.h"

namespace reltheme {
namespace fs = std::filesystem;
namespace {

const char* state_name(const DealState& d) {
    return !d.created ? "none" : d.closed ? "closed" : "open";
}

std::string stage_name(const Theme& t, const DealState& d) {
    return d.stage >= 0 ? t.stages[static_cast<std::size_t>(d.stage)].id.value : std::string("-");
}

/// Checks the expectations' references against the theme: stages, outcomes
/// and violation ids must exist, so a typo fails loudly instead of never matching.
void check_expectations(const Scenario& s, const Theme& t, DiagnosticSink& sink) {
    std::vector<std::string> stages, outcomes = builtin_outcomes(t.type.value);
    for (const auto& st : t.stages) stages.push_back(st.id.value);
    for (const auto& o : t.outcomes) outcomes.push_back(o.id.value);
    auto unknown = [&](const std::string& v, const std::vector<std::string>& known,
                       const Range& range, const char* rule, const std::string& what) {
        if (std::find(known.begin(), known.end(), v) != known.end()) return;
        std::string message =
            what.ends_with(" id")
                ? fmt::format("{} \"{}\" is not one that simulate records", what, printable(v))
                : fmt::format("{} \"{}\" does not exist in theme {}", what, printable(v),
                              t.id.value);
        message += did_you_mean(closest_match(v, known));
        sink.report(rule, Severity::Error, range, message);
    };
    for (const auto& e : s.expectations) {
        if (e.stage) unknown(*e.stage, stages, e.stage_range, "unknown-stage", "stage");
        if (e.outcome) unknown(*e.outcome, outcomes, e.outcome_range, "schema", "outcome");
        if (e.kind == ExpectKind::Violation || e.kind == ExpectKind::Warning) {
            unknown(e.record, record_ids(), e.record_range, "schema",
                    e.kind == ExpectKind::Violation ? "violation id" : "warning id");
        }
    }
}

std::string records_of(const ScenarioResult& r, RecordLevel level,
                       const std::optional<std::size_t>& deal) {
    std::string out;
    for (const auto& rec : r.records) {
        if (rec.level != level || (deal && rec.deal != *deal)) continue;
        out += (out.empty() ? "" : ", ") + rec.id;
        if (!deal) out += " (" + r.scenario->deals[rec.deal].id + ")";
    }
    return out.empty() ? "none" : out;
}

void evaluate(ScenarioResult& r) {
    const Scenario& s = *r.scenario;
    for (std::size_t i = 0; i < s.expectations.size(); ++i) {
        const Expectation& e = s.expectations[i];
        ExpectationResult x;
        x.index = i;
        std::optional<std::size_t> deal;
        if (e.deal) {
            for (std::size_t k = 0; k < s.deals.size(); ++k) {
                if (s.deals[k].id == *e.deal) deal = k;
            }
        }
        const std::string on = e.deal ? " on " + *e.deal : "";
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
                const char* word = level == RecordLevel::Violation ? "violation" : "warning";
                const Record* hit = nullptr;
                for (const auto& rec : r.records) {
                    if (rec.level == level && rec.id == e.record && (!deal || rec.deal == *deal)) {
                        hit = &rec;
                        break;
                    }
                }
                x.passed = hit != nullptr;
                x.expected = fmt::format("{} {}{}", word, e.record, on);
                x.actual = hit ? fmt::format("{} {} on {} at {}", word, e.record,
                                             s.deals[hit->deal].id, format_moment(hit->at))
                               : fmt::format("{}s{}: {}", word, on, records_of(r, level, deal));
                break;
            }
            case ExpectKind::Violations:
            case ExpectKind::Warnings: {
                const RecordLevel level = e.kind == ExpectKind::Violations ? RecordLevel::Violation
                                                                           : RecordLevel::Warning;
                const char* word = level == RecordLevel::Violation ? "violation" : "warning";
                long long n = 0;
                for (const auto& rec : r.records)
                    n += rec.level == level && (!deal || rec.deal == *deal);
                x.passed = n == e.count;
                x.expected = plural(e.count, word) + on;
                x.actual = fmt::format("{} {}{}{}", n, word, n == 1 ? "" : "s", on);
                if (n > 0) x.actual += ": " + records_of(r, level, deal);
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
    const fs::path theme_path = path.parent_path() / r.scenario->theme;
    r.theme_display = display_path(theme_path);
    ThemeInput input = (options.themes ? options.themes : structural_themes(options.limits))(
        theme_path, r.theme_display);
    if (!input.theme) {
        r.findings = std::move(input.findings);
        if (r.findings.files.empty() || (r.findings.errors == 0 && !r.findings.read_failed)) {
            sink.report("missing-file", Severity::Error, r.scenario->theme_range,
                        fmt::format("\"{}\" is not a theme file", printable(r.scenario->theme)));
        }
        for (auto& f : r.findings.files) {
            if (f.read_error) {
                sink.report(
                    "missing-file", Severity::Error, r.scenario->theme_range,
                    fmt::format("cannot read the theme {}: {}", r.theme_display, *f.read_error));
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

const char* activity_status(const Activity& a) {
    switch (a.status) {
        case ActivityStatus::Planned:
            return a.kept ? "planned (kept after close)" : "planned";
        case ActivityStatus::Done:
            return "done";
        case ActivityStatus::Cancelled:
            return "cancelled";
    }
    return "";
}

const char* invoice_status(const Invoice& i) {
    switch (i.status) {
        case InvoiceStatus::Unpaid:
            return i.kept ? "unpaid (kept after close)" : "unpaid";
        case InvoiceStatus::Paid:
            return "paid";
        case InvoiceStatus::Cancelled:
            return "cancelled";
    }
    return "";
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

void print_scenario_human(std::ostream& out, const ScenarioResult& r, bool color) {
    auto paint = [color](const char* code, const std::string& text) {
        return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
    };
    const Scenario& s = *r.scenario;
    const Theme& t = *r.theme;
    out << fmt::format("{}: theme {} ({}, {})\n", r.display, t.id.value, printable(t.name.value),
                       r.theme_display);
    if (s.name) out << "  " << printable(*s.name) << "\n";
    std::size_t width = 4;
    for (const auto& d : s.deals) width = std::max(width, utf8_length(d.id));
    for (const auto& e : r.timeline) {
        const std::string& id = s.deals[e.deal].id;
        const std::string pad(width - std::min(width, utf8_length(id)), ' ');
        const std::string line =
            e.step ? fmt::format("  (line {})", s.steps[*e.step].range.begin.line) : "";
        out << fmt::format("  {} {}  {}{}  {}{}\n", format_moment(e.at), weekday_name(e.at),
                           printable(id), pad, printable(e.text), line);
        for (std::size_t k : e.records) {
            const Record& rec = r.records[k];
            const bool v = rec.level == RecordLevel::Violation;
            out << fmt::format(
                "  {}  {}: {}{}\n", std::string(21 + width, ' '),
                paint(v ? "1;31" : "1;33",
                      fmt::format("{} {}[{}]", v ? "x" : "!", v ? "violation" : "warning", rec.id)),
                printable(rec.message), rec.refused ? " (refused)" : "");
        }
    }
    out << "Final state\n";
    for (std::size_t i = 0; i < s.deals.size(); ++i) {
        const DealState& d = r.deals[i];
        std::string line = fmt::format("  {} (client {}): {}", printable(s.deals[i].id),
                                       printable(s.deals[i].client), state_name(d));
        if (d.created && d.stage >= 0) line += fmt::format(", stage {}", stage_name(t, d));
        if (d.outcome) line += fmt::format(", outcome {}", *d.outcome);
        if (d.comment && !d.comment->empty()) line += fmt::format(" \"{}\"", printable(*d.comment));
        out << line << "\n";
        if (!d.fields.empty()) {
            std::string f;
            for (const auto& [k, v] : d.fields)
                f += fmt::format("{}{} = {}", f.empty() ? "" : ", ", k, printable(v));
            out << "      fields: " << f << "\n";
        }
        if (!d.activities.empty()) {
            std::string a;
            for (const auto& x : d.activities) {
                a += fmt::format("{}{} {}", a.empty() ? "" : ", ", printable(x.name),
                                 activity_status(x));
            }
            out << "      activities: " << a << "\n";
        }
        if (!d.sent.empty()) {
            std::string a;
            for (const auto& x : d.sent) a += (a.empty() ? "" : ", ") + x;
            out << "      documents sent: " << a << "\n";
        }
        if (!d.invoices.empty()) {
            std::string a;
            for (const auto& x : d.invoices) {
                a += fmt::format("{}{} {} {}", a.empty() ? "" : ", ", printable(x.id),
                                 money(x.amount), invoice_status(x));
            }
            out << "      invoices: " << a << "\n";
        }
    }
    int failed = 0;
    if (!r.expectations.empty()) out << "Expectations\n";
    for (const auto& x : r.expectations) {
        const Expectation& e = s.expectations[x.index];
        if (x.passed) {
            out << fmt::format("  {}    {}  (line {})\n", paint("32", "ok"), printable(x.expected),
                               e.range.begin.line);
        } else {
            ++failed;
            out << fmt::format("  {}  {}:{}:{}\n", paint("1;31", "FAIL"), r.display,
                               e.range.begin.line, e.range.begin.column);
            std::vector<ExpectationResult::Row> rows = x.rows;
            if (rows.empty()) rows.push_back({x.expected, x.actual, true});
            std::size_t width = utf8_length("expected");
            for (const auto& row : rows)
                width = std::max(width, utf8_length(printable(row.expected)));
            auto line = [&](const std::string& a, const std::string& b, bool mark) {
                const std::string left = printable(a);
                out << fmt::format("      {} {}{}  {}\n", mark ? paint("1;31", "!") : " ", left,
                                   std::string(width - utf8_length(left), ' '), printable(b));
            };
            if (e.deal && e.kind == ExpectKind::State)
                out << fmt::format("        deal {}\n", printable(*e.deal));
            line("expected", "actual", false);
            for (const auto& row : rows) line(row.expected, row.actual, row.differs);
        }
    }
    out << fmt::format("{}: {} of {} met; {}, {}\n",
                       failed ? paint("1;31", "FAIL") : paint("1;32", "PASS"),
                       r.expectations.size() - static_cast<std::size_t>(failed),
                       plural(r.expectations.size(), "expectation"),
                       plural(r.violations, "violation"), plural(r.warnings, "warning"));
}

nlohmann::ordered_json scenario_json(const ScenarioResult& r) {
    using json = nlohmann::ordered_json;
    json out;
    out["version"] = 1;
    out["scenario"] = r.display;
    json ds = json::array();
    for (const auto& f : r.findings.files) {
        if (f.read_error)
            ds.push_back({{"file", f.path}, {"message", "cannot read: " + *f.read_error}});
        for (const auto& d : f.diagnostics) {
            ds.push_back({{"file", d.file.empty() ? f.path : d.file},
                          {"line", d.range.begin.line},
                          {"column", d.range.begin.column},
                          {"severity", to_string(d.severity)},
                          {"rule", d.rule},
                          {"message", d.message}});
        }
    }
    if (!r.loaded) {
        out["loaded"] = false;
        out["passed"] = false;
        out["diagnostics"] = ds;
        return out;
    }
    // A scenario that runs may still have warnings of its file (step-order).
    if (!ds.empty()) out["diagnostics"] = ds;
    const Scenario& s = *r.scenario;
    const Theme& t = *r.theme;
    out["loaded"] = true;
    out["theme"] = {{"id", t.id.value}, {"file", r.theme_display}};
    out["passed"] = r.passed();
    json timeline = json::array();
    for (const auto& e : r.timeline) {
        json j = {
            {"time", format_moment_iso(e.at)}, {"deal", s.deals[e.deal].id}, {"text", e.text}};
        if (e.step) {
            j["step"] = to_string(s.steps[*e.step].kind);
            j["line"] = s.steps[*e.step].range.begin.line;
        } else {
            j["step"] = "clock";
        }
        json recs = json::array();
        for (std::size_t k : e.records) recs.push_back(r.records[k].id);
        j["records"] = recs;
        timeline.push_back(j);
    }
    out["timeline"] = timeline;
    json records = json::array();
    for (const auto& rec : r.records) {
        json j = {{"id", rec.id},
                  {"level", rec.level == RecordLevel::Violation ? "violation" : "warning"},
                  {"deal", s.deals[rec.deal].id},
                  {"time", format_moment_iso(rec.at)},
                  {"message", rec.message},
                  {"refused", rec.refused}};
        if (rec.step) j["line"] = s.steps[*rec.step].range.begin.line;
        records.push_back(j);
    }
    out["records"] = records;
    json deals = json::array();
    for (std::size_t i = 0; i < s.deals.size(); ++i) {
        const DealState& d = r.deals[i];
        json j = {{"id", s.deals[i].id}, {"client", s.deals[i].client}, {"state", state_name(d)}};
        j["stage"] = d.created && d.stage >= 0 ? json(stage_name(t, d)) : json(nullptr);
        j["outcome"] = d.outcome ? json(*d.outcome) : json(nullptr);
        j["comment"] = d.comment ? json(*d.comment) : json(nullptr);
        j["created"] = d.created ? json(format_moment_iso(d.created_at)) : json(nullptr);
        j["closed"] = d.closed_at ? json(format_moment_iso(*d.closed_at)) : json(nullptr);
        j["deadline"] = d.deal_deadline ? json(format_moment_iso(*d.deal_deadline)) : json(nullptr);
        json fields = json::object();
        for (const auto& [k, v] : d.fields) fields[k] = v;
        j["fields"] = fields;
        json acts = json::array();
        for (const auto& a : d.activities) {
            acts.push_back({{"name", a.name},
                            {"due", format_moment_iso(a.due)},
                            {"status", a.status == ActivityStatus::Planned ? "planned"
                                       : a.status == ActivityStatus::Done  ? "done"
                                                                           : "cancelled"},
                            {"kept", a.kept}});
        }
        j["activities"] = acts;
        json invs = json::array();
        for (const auto& x : d.invoices) {
            invs.push_back({{"id", x.id},
                            {"amount", x.amount},
                            {"status", x.status == InvoiceStatus::Unpaid ? "unpaid"
                                       : x.status == InvoiceStatus::Paid ? "paid"
                                                                         : "cancelled"},
                            {"kept", x.kept}});
        }
        j["invoices"] = invs;
        j["documents_sent"] = d.sent;
        deals.push_back(j);
    }
    out["deals"] = deals;
    json exps = json::array();
    for (const auto& x : r.expectations) {
        exps.push_back({{"line", s.expectations[x.index].range.begin.line},
                        {"passed", x.passed},
                        {"expected", x.expected},
                        {"actual", x.actual}});
    }
    out["expectations"] = exps;
    out["violations"] = r.violations;
    out["warnings"] = r.warnings;
    return out;
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

void print_coverage_human(std::ostream& out, const std::vector<ThemeCoverage>& cs) {
    for (const auto& c : cs) {
        out << fmt::format("{} ({}), {}\n", c.theme_id, c.theme_file,
                           plural(c.scenarios, "scenario"));
        auto line = [&](const char* what, const std::vector<std::string>& all,
                        const std::vector<std::string>& missed) {
            if (all.empty()) return;
            out << fmt::format("  {:<12} {}/{} reached", what, all.size() - missed.size(),
                               all.size());
            if (!missed.empty()) {
                std::string m;
                for (const auto& x : missed) m += (m.empty() ? "" : ", ") + x;
                out << "; not reached: " << m;
            }
            out << "\n";
        };
        line("stages", c.stages, c.stages_missed);
        line("transitions", c.transitions, c.transitions_missed);
        line("outcomes", c.outcomes, c.outcomes_missed);
        if (c.stages.empty() && c.outcomes.empty())
            out << "  nothing to cover: the theme has no stages or outcomes\n";
    }
}

nlohmann::ordered_json coverage_json(const std::vector<ThemeCoverage>& cs) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& c : cs) {
        out.push_back(
            {{"theme", c.theme_id},
             {"file", c.theme_file},
             {"scenarios", c.scenarios},
             {"stages", {{"total", c.stages.size()}, {"missed", c.stages_missed}}},
             {"transitions", {{"total", c.transitions.size()}, {"missed", c.transitions_missed}}},
             {"outcomes", {{"total", c.outcomes.size()}, {"missed", c.outcomes_missed}}}});
    }
    return out;
}

}  // namespace reltheme
