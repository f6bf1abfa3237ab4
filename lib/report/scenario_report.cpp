#include "report/scenario_report.h"

#include <algorithm>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "i18n/plural.h"
#include "simulate/clock.h"
#include "simulate/engine.h"
#include "util/utf8.h"

namespace reltheme {
namespace {

using i18n::message;

std::string activity_status(const Activity& a) {
    switch (a.status) {
        case ActivityStatus::Planned:
            return message(a.kept ? "scenario.activity.kept" : "scenario.activity.planned");
        case ActivityStatus::Done:
            return message("scenario.activity.done");
        case ActivityStatus::Cancelled:
            return message("scenario.activity.cancelled");
    }
    return "";
}

std::string invoice_status(const Invoice& i) {
    switch (i.status) {
        case InvoiceStatus::Unpaid:
            return message(i.kept ? "scenario.invoice.kept" : "scenario.invoice.unpaid");
        case InvoiceStatus::Paid:
            return message("scenario.invoice.paid");
        case InvoiceStatus::Cancelled:
            return message("scenario.invoice.cancelled");
    }
    return "";
}

/// A deal's state in words: "open", «открыта» (JSON keeps state_name).
std::string state_words(const DealState& d) {
    return message(!d.created ? "scenario.state.none"
                   : d.closed ? "scenario.state.closed"
                              : "scenario.state.open");
}

}  // namespace

void print_scenario_human(std::ostream& out, const ScenarioResult& r, bool color) {
    auto paint = [color](const char* code, const std::string& text) {
        return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
    };
    const Scenario& s = *r.scenario;
    const Theme& t = *r.theme;
    out << message("scenario.head", fmt::arg("scenario", r.display), fmt::arg("theme", t.id.value),
                   fmt::arg("name", printable(t.name.value)), fmt::arg("file", r.theme_display))
        << "\n";
    if (s.name) out << "  " << printable(*s.name) << "\n";
    std::size_t width = 4;
    for (const auto& d : s.deals) width = std::max(width, utf8_length(d.id));
    // The records under a step line start below its text: after the moment,
    // the weekday and the deal's id.
    std::size_t day_width = 0;
    for (int w = 0; w < 7; ++w)
        day_width = std::max(day_width, utf8_length(i18n::weekday_short(w)));
    const std::string indent(18 + day_width + width, ' ');
    for (const auto& e : r.timeline) {
        const std::string& id = s.deals[e.deal].id;
        const std::string line =
            e.step ? message("scenario.line", fmt::arg("line", s.steps[*e.step].range.begin.line))
                   : "";
        out << fmt::format("  {} {}  {}  {}{}\n", format_moment(e.at),
                           pad_right(weekday_name(e.at), day_width),
                           pad_right(printable(id), width), printable(e.text), line);
        for (std::size_t k : e.records) {
            const Record& rec = r.records[k];
            const bool v = rec.level == RecordLevel::Violation;
            out << fmt::format(
                "  {}  {}: {}{}\n", indent,
                paint(v ? "1;31" : "1;33",
                      fmt::format("{} {}[{}]", v ? "x" : "!",
                                  message(v ? "scenario.violation" : "scenario.warning"), rec.id)),
                printable(rec.message), rec.refused ? message("scenario.refused") : "");
        }
    }
    out << message("scenario.final-state") << "\n";
    for (std::size_t i = 0; i < s.deals.size(); ++i) {
        const DealState& d = r.deals[i];
        std::string line = message("scenario.deal", fmt::arg("deal", printable(s.deals[i].id)),
                                   fmt::arg("client", printable(s.deals[i].client)),
                                   fmt::arg("state", state_words(d)));
        if (d.created && d.stage >= 0)
            line += message("scenario.deal.stage", fmt::arg("stage", stage_name(t, d)));
        if (d.outcome) line += message("scenario.deal.outcome", fmt::arg("outcome", *d.outcome));
        if (d.comment && !d.comment->empty()) line += fmt::format(" \"{}\"", printable(*d.comment));
        out << line << "\n";
        auto list = [&](const char* label, const std::string& items) {
            out << "      " << message(label, fmt::arg("items", items)) << "\n";
        };
        if (!d.fields.empty()) {
            std::string f;
            for (const auto& [k, v] : d.fields)
                f += fmt::format("{}{} = {}", f.empty() ? "" : ", ", k, printable(v));
            list("scenario.deal.fields", f);
        }
        if (!d.activities.empty()) {
            std::string a;
            for (const auto& x : d.activities) {
                a += fmt::format("{}{} {}", a.empty() ? "" : ", ", printable(x.name),
                                 activity_status(x));
            }
            list("scenario.deal.activities", a);
        }
        if (!d.sent.empty()) {
            std::string a;
            for (const auto& x : d.sent) a += (a.empty() ? "" : ", ") + x;
            list("scenario.deal.sent", a);
        }
        if (!d.invoices.empty()) {
            std::string a;
            for (const auto& x : d.invoices) {
                a += fmt::format("{}{} {} {}", a.empty() ? "" : ", ", printable(x.id),
                                 money(x.amount), invoice_status(x));
            }
            list("scenario.deal.invoices", a);
        }
    }
    int failed = 0;
    if (!r.expectations.empty()) out << message("scenario.expectations") << "\n";
    for (const auto& x : r.expectations) {
        const Expectation& e = s.expectations[x.index];
        if (x.passed) {
            out << fmt::format("  {}    {}{}\n", paint("32", "ok"), printable(x.expected),
                               message("scenario.line", fmt::arg("line", e.range.begin.line)));
        } else {
            ++failed;
            out << fmt::format("  {}  {}:{}:{}\n", paint("1;31", "FAIL"), r.display,
                               e.range.begin.line, e.range.begin.column);
            std::vector<ExpectationResult::Row> rows = x.rows;
            if (rows.empty()) rows.push_back({x.expected, x.actual, true});
            const std::string expected = message("scenario.expected");
            std::size_t width = utf8_length(expected);
            for (const auto& row : rows)
                width = std::max(width, utf8_length(printable(row.expected)));
            auto line = [&](const std::string& a, const std::string& b, bool mark) {
                out << fmt::format("      {} {}  {}\n", mark ? paint("1;31", "!") : " ",
                                   pad_right(printable(a), width), printable(b));
            };
            if (e.deal && e.kind == ExpectKind::State)
                out << "        "
                    << message("scenario.of-deal", fmt::arg("deal", printable(*e.deal))) << "\n";
            line(expected, message("scenario.actual"), false);
            for (const auto& row : rows) line(row.expected, row.actual, row.differs);
        }
    }
    out << message(
               "scenario.summary",
               fmt::arg("status", failed ? paint("1;31", "FAIL") : paint("1;32", "PASS")),
               fmt::arg("met", r.expectations.size() - static_cast<std::size_t>(failed)),
               fmt::arg("expectations", i18n::count(static_cast<long long>(r.expectations.size()),
                                                    "noun.expectation-of")),
               fmt::arg("violations", i18n::count(r.violations, "noun.violation")),
               fmt::arg("warnings", i18n::count(r.warnings, "noun.warning")))
        << "\n";
}

nlohmann::ordered_json scenario_json(const ScenarioResult& r) {
    using json = nlohmann::ordered_json;
    json out;
    out["version"] = 1;
    out["scenario"] = r.display;
    json ds = json::array();
    for (const auto& f : r.findings.files) {
        if (f.read_error)
            ds.push_back({{"file", f.path},
                          {"message", i18n::message("scenario.cannot-read",
                                                    fmt::arg("error", *f.read_error))}});
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
    const char* k_labels[] = {"coverage.stages", "coverage.transitions", "coverage.outcomes"};
    std::size_t label_width = 12;
    for (const char* l : k_labels) label_width = std::max(label_width, utf8_length(message(l)));
    for (const auto& c : cs) {
        out << message("coverage.head", fmt::arg("theme", c.theme_id),
                       fmt::arg("file", c.theme_file),
                       fmt::arg("scenarios", i18n::count(c.scenarios, "noun.scenario")))
            << "\n";
        auto line = [&](const char* what, const std::vector<std::string>& all,
                        const std::vector<std::string>& missed) {
            if (all.empty()) return;
            out << "  " << pad_right(message(what), label_width) << " "
                << message("coverage.reached", fmt::arg("reached", all.size() - missed.size()),
                           fmt::arg("total", all.size()));
            if (!missed.empty()) {
                std::string m;
                for (const auto& x : missed) m += (m.empty() ? "" : ", ") + x;
                out << message("coverage.missed", fmt::arg("items", m));
            }
            out << "\n";
        };
        line(k_labels[0], c.stages, c.stages_missed);
        line(k_labels[1], c.transitions, c.transitions_missed);
        line(k_labels[2], c.outcomes, c.outcomes_missed);
        if (c.stages.empty() && c.outcomes.empty())
            out << "  " << message("coverage.nothing") << "\n";
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
