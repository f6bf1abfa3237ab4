#include "report/scenario_report.h"

#include <algorithm>

#include <fmt/format.h>

#include "i18n/plural.h"
#include "simulate/clock.h"
#include "simulate/engine.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

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
