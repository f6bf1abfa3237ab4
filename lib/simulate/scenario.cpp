#include "simulate/scenario.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/file_kind.h"
#include "load/node_reader.h"
#include "load/rule_ids.h"
#include "simulate/clock.h"
#include "simulate/violations.h"
#include "util/excerpt.h"
#include "util/spelling.h"

namespace reltheme {
namespace {

using Keys = std::vector<std::string>;

constexpr std::pair<const char*, StepKind> k_kinds[] = {
    {"create", StepKind::Create}, {"plan", StepKind::Plan},     {"complete", StepKind::Complete},
    {"move", StepKind::Move},     {"fill", StepKind::Fill},     {"invoice", StepKind::Invoice},
    {"pay", StepKind::Pay},       {"extend", StepKind::Extend}, {"close", StepKind::Close},
    {"send", StepKind::Send}};

/// The keys each kind of step takes besides `at` and `do`.
Keys step_keys(StepKind k) {
    switch (k) {
        case StepKind::Create:
            return {};
        case StepKind::Plan:
            return {"activity", "due"};
        case StepKind::Complete:
            return {"activity", "outcome", "comment"};
        case StepKind::Move:
            return {"to"};
        case StepKind::Fill:
            return {"field", "value"};
        case StepKind::Invoice:
            return {"amount", "invoice"};
        case StepKind::Pay:
            return {"invoice"};
        case StepKind::Extend:
            return {"by", "approved_by"};
        case StepKind::Close:
            return {"outcome", "comment"};
        case StepKind::Send:
            return {"document"};
    }
    return {};
}

class ScenarioLoader {
  public:
    ScenarioLoader(const std::string& file, DiagnosticSink& sink)
        : m_file(file), m_sink(sink), m_r(sink) {}

    bool failed() const { return m_failed; }

    std::optional<Scenario> load(const YNode* root) {
        if (!read_marked_root(m_r, root, FileKind::Scenario)) return std::nullopt;
        Scenario s;
        s.file = m_file;
        static const Keys keys = {
            "reltheme-scenario", "name", "description", "theme", "start", "end", "deals", "expect"};
        m_r.check_keys(*root, keys, kind_subject(FileKind::Scenario));
        read_marker_version(m_r, *root, FileKind::Scenario);
        const auto the_scenario = kind_subject(FileKind::Scenario, "-the");
        for (const char* key : {"theme", "start", "deals"}) m_r.require(*root, key, the_scenario);
        if (auto v = m_r.string(root->find("theme"), "theme")) {
            s.theme = v->value;
            s.theme_range = v->range;
        }
        if (auto v = m_r.string(root->find("name"), "name")) s.name = v->value;
        m_r.string(root->find("description"), "description");
        if (const YNode* v = root->find("start")) {
            if (auto t = moment(v, "start", 0, false)) s.start = *t;
        }
        if (const YNode* v = root->find("end")) s.end = moment(v, "end", s.start, true);
        if (const YNode* v = root->find("deals");
            v && m_r.expect_seq(v, i18n::key_subject("deals"))) {
            for (const YNode* item : v->items) read_deal(item, s);
        }
        if (const YNode* v = root->find("expect");
            v && m_r.expect_seq(v, i18n::key_subject("expect"))) {
            for (const YNode* item : v->items) read_expect(item, s);
        }
        if (!m_r.ok()) return std::nullopt;
        return s;
    }

  private:
    std::optional<Minutes> moment(const YNode* n, std::string_view key, Minutes start,
                                  bool offsets) {
        if (!n->is_scalar()) {
            m_r.error(n->range,
                      i18n::message(
                          offsets ? "scenario-file.not-time-or-offset" : "scenario-file.not-time",
                          fmt::arg("key", key), fmt::arg("found", describe(n))));
            return std::nullopt;
        }
        std::string why;
        const auto t = offsets ? parse_time(n->value, start, &why) : parse_moment(n->value, &why);
        if (!t) {
            if (!offsets && !n->value.empty() && n->value[0] == '+')
                why = i18n::message("scenario-file.start-absolute");
            m_r.error(n->range, i18n::message("scenario-file.bad-time",
                                              fmt::arg("time", i18n::quoted(excerpt(n->value))),
                                              fmt::arg("key", key), fmt::arg("why", why)));
        }
        return t;
    }

    std::optional<double> number(const YNode* n, std::string_view key) {
        const auto type = n->scalar_type();
        if (!n->is_scalar() || (type != ScalarType::Int && type != ScalarType::Float)) {
            m_r.error(n->range, i18n::message("sim-file.not-number", fmt::arg("key", key),
                                              fmt::arg("found", describe(n))));
            return std::nullopt;
        }
        const double v = std::strtod(n->value.c_str(), nullptr);
        if (!(v > 0) || !std::isfinite(v)) {
            m_r.error(n->range, i18n::message("sim-file.not-positive", fmt::arg("key", key)));
            return std::nullopt;
        }
        return v;
    }

    void read_deal(const YNode* n, Scenario& s) {
        const auto a_deal = i18n::subject("subject.scenario-deal");
        if (!m_r.expect_map(n, a_deal)) return;
        static const Keys keys = {"id", "client", "note", "steps"};
        m_r.check_keys(*n, keys, a_deal);
        m_r.require(*n, "id", a_deal);
        ScenarioDeal d;
        d.range = n->range;
        if (auto v = m_r.string(n->find("id"), "id")) {
            d.id = v->value;
            d.id_range = v->range;
            if (d.id.empty()) m_r.error(v->range, i18n::message("scenario-file.empty-deal-id"));
            const auto [first, added] = m_deal_index.try_emplace(d.id, s.deals.size());
            if (!added) {
                Diagnostic& diag = m_sink.report(
                    rule_id::k_duplicate_id, Severity::Error, v->range,
                    i18n::message("duplicate-id.item", fmt::arg("what", a_deal.nominative),
                                  fmt::arg("id", excerpt(d.id))));
                diag.notes.push_back(
                    {m_file, s.deals[first->second].id_range, i18n::message("note.first-defined")});
                m_failed = true;
            }
        }
        if (auto v = m_r.string(n->find("client"), "client"))
            d.client = v->value;
        else
            d.client = d.id;  // a deal of its own client
        m_r.string(n->find("note"), "note");
        const std::size_t index = s.deals.size();
        s.deals.push_back(d);
        if (const YNode* v = n->find("steps"); v && m_r.expect_seq(v, i18n::key_subject("steps"))) {
            for (const YNode* item : v->items) read_step(item, index, s);
        }
    }

    /// A step timed earlier than the deal's step written before it runs
    /// first (steps run in time order): likely a slip of `+1h` for `+1d`.
    void note_step_order(const Scenario& s, const Step& st, const Range& at_range) {
        // A deal's steps are read together, so the step written before this
        // one, if it is the deal's, is the last one read.
        const auto prev = s.steps.rbegin();
        if (prev == s.steps.rend() || prev->deal != st.deal || prev->at <= st.at) return;
        Diagnostic& diag = m_sink.report(
            std::string(id_of(SimCheck::StepOrder)), Severity::Warning, at_range,
            i18n::message("scenario-file.step-order",
                          fmt::arg("deal", i18n::quoted(excerpt(s.deals[st.deal].id))),
                          fmt::arg("at", format_moment(st.at)),
                          fmt::arg("before", format_moment(prev->at))));
        diag.notes.push_back(
            {m_file, prev->at_range, i18n::message("scenario-file.step-written-before")});
    }

    void read_step(const YNode* n, std::size_t deal, Scenario& s) {
        const auto a_step = i18n::subject("subject.step");
        if (!m_r.expect_map(n, a_step)) return;
        if (!m_r.require(*n, "at", a_step) || !m_r.require(*n, "do", a_step)) return;
        const auto kind = m_r.enumeration<StepKind>(n->find("do"), "do", k_kinds);
        if (!kind) return;
        Keys keys = step_keys(kind->value);
        keys.insert(keys.begin(), {"at", "do"});
        const auto this_step =
            i18n::subject("subject.step-of", fmt::arg("step", to_string(kind->value)));
        m_r.check_keys(*n, keys, this_step);
        Step st;
        st.kind = kind->value;
        st.range = n->range;
        st.deal = deal;
        st.order = s.steps.size();
        const auto at = moment(n->find("at"), "at", s.start, true);
        if (!at) return;
        st.at = *at;
        st.at_range = n->find("at")->range;
        note_step_order(s, st, n->find("at")->range);
        auto need = [&](const char* key) { return m_r.require(*n, key, this_step); };
        switch (st.kind) {
            case StepKind::Create:
                break;
            case StepKind::Plan:
                if (need("activity")) {
                    if (auto v = m_r.string(n->find("activity"), "activity"))
                        st.activity = v->value;
                }
                if (need("due")) st.due = moment(n->find("due"), "due", s.start, true);
                break;
            case StepKind::Complete:
                if (need("activity")) {
                    if (auto v = m_r.string(n->find("activity"), "activity"))
                        st.activity = v->value;
                }
                read_outcome(*n, st);
                break;
            case StepKind::Move:
                if (need("to")) {
                    if (auto v = m_r.string(n->find("to"), "to")) {
                        st.to = v->value;
                        st.to_range = v->range;
                    }
                }
                break;
            case StepKind::Fill:
                if (need("field")) {
                    if (auto v = m_r.string(n->find("field"), "field")) {
                        st.field = v->value;
                        st.field_range = v->range;
                    }
                }
                if (need("value")) {
                    const YNode* v = n->find("value");
                    if (v->is_scalar() && v->scalar_type() != ScalarType::Null)
                        st.value = v->value;
                    else if (!v->is_null() && !v->is_scalar())
                        m_r.error(v->range, i18n::message("scenario-file.value-not-single",
                                                          fmt::arg("found", describe(v))));
                }
                break;
            case StepKind::Invoice:
                if (need("amount")) {
                    if (auto v = number(n->find("amount"), "amount")) st.amount = *v;
                }
                if (auto v = m_r.string(n->find("invoice"), "invoice")) st.invoice = v->value;
                break;
            case StepKind::Pay:
                if (auto v = m_r.string(n->find("invoice"), "invoice")) st.invoice = v->value;
                break;
            case StepKind::Extend:
                if (need("by")) {
                    if (auto v = m_r.duration(n->find("by"), "by")) st.by = v->value;
                }
                if (auto v = m_r.string(n->find("approved_by"), "approved_by"))
                    st.approved_by = v->value;
                break;
            case StepKind::Close:
                read_outcome(*n, st);
                break;
            case StepKind::Send:
                if (need("document")) {
                    if (auto v = m_r.string(n->find("document"), "document")) {
                        st.document = v->value;
                        st.document_range = v->range;
                    }
                }
                break;
        }
        s.steps.push_back(std::move(st));
    }

    void read_outcome(const YNode& n, Step& st) {
        if (auto v = m_r.string(n.find("outcome"), "outcome")) {
            st.outcome = v->value;
            st.outcome_range = v->range;
        }
        if (const YNode* c = n.find("comment")) {
            if (c->is_scalar() && c->scalar_type() != ScalarType::Null)
                st.comment = c->value;
            else if (!c->is_null())
                m_r.error(c->range, i18n::message("scenario-file.comment-not-text",
                                                  fmt::arg("found", describe(c))));
        }
    }

    void read_expect(const YNode* n, Scenario& s) {
        const auto an_expectation = i18n::subject("subject.expectation");
        if (!m_r.expect_map(n, an_expectation)) return;
        static const Keys keys = {"deal",      "state",      "stage",   "outcome",
                                  "violation", "violations", "warning", "warnings"};
        m_r.check_keys(*n, keys, an_expectation);
        Expectation e;
        e.range = n->range;
        if (const YNode* v = n->find("deal")) {
            if (auto id = m_r.string(v, "deal")) {
                e.deal = id->value;
                e.deal_range = id->range;
                if (!m_deal_index.count(id->value)) {
                    if (m_deal_ids.size() != s.deals.size()) {
                        m_deal_ids.clear();
                        for (const auto& d : s.deals) m_deal_ids.push_back(d.id);
                    }
                    std::string message =
                        i18n::message("scenario-file.no-deal",
                                      fmt::arg("deal", i18n::quoted(excerpt(id->value))));
                    message += i18n::did_you_mean(m_suggester.suggest(id->value, m_deal_ids));
                    m_r.error(v->range, message);
                }
            }
        }
        int forms = 0;
        for (const char* key : {"violation", "violations", "warning", "warnings"}) {
            if (n->find(key)) ++forms;
        }
        const bool state_form = n->find("state") || n->find("stage") || n->find("outcome");
        if (forms > 1 || (forms == 1 && state_form)) {
            m_r.error(n->range, i18n::message("scenario-file.expect-one-form"));
            return;
        }
        if (forms == 0 && !state_form) {
            m_r.error(n->range, i18n::message("scenario-file.expect-no-form"));
            return;
        }
        if (state_form) {
            e.kind = ExpectKind::State;
            if (!e.deal) {
                m_r.error(n->range, i18n::message("scenario-file.expect-needs-deal"));
                return;
            }
            if (const YNode* v = n->find("state")) {
                static constexpr std::pair<const char*, int> k_states[] = {
                    {"open", 0}, {"closed", 1}, {"none", 2}};
                if (auto st = m_r.enumeration<int>(v, "state", k_states)) {
                    e.state = v->value;
                    e.state_range = v->range;
                }
            }
            if (auto v = m_r.string(n->find("stage"), "stage")) {
                e.stage = v->value;
                e.stage_range = v->range;
            }
            if (auto v = m_r.string(n->find("outcome"), "outcome")) {
                e.outcome = v->value;
                e.outcome_range = v->range;
            }
        } else {
            for (auto [key, kind] : {std::pair{"violation", ExpectKind::Violation},
                                     std::pair{"warning", ExpectKind::Warning}}) {
                if (auto v = m_r.string(n->find(key), key)) {
                    e.kind = kind;
                    e.record = v->value;
                    e.record_range = v->range;
                }
            }
            for (auto [key, kind] : {std::pair{"violations", ExpectKind::Violations},
                                     std::pair{"warnings", ExpectKind::Warnings}}) {
                if (const YNode* v = n->find(key)) {
                    if (auto count = m_r.integer(v, key)) {
                        if (count->value < 0)
                            m_r.error(v->range, i18n::message("scenario-file.negative",
                                                              fmt::arg("key", key)));
                        e.kind = kind;
                        e.count = count->value;
                        e.record_range = v->range;
                    }
                }
            }
        }
        s.expectations.push_back(std::move(e));
    }

    const std::string& m_file;
    DiagnosticSink& m_sink;
    NodeReader m_r;
    bool m_failed = false;
    /// Each deal id and the index of the first deal with it.
    std::map<std::string, std::size_t> m_deal_index;
    /// The deal ids, for suggestions: made once, and suggested from with one
    /// budget for the whole file (many unknown deals among many deals).
    std::vector<std::string> m_deal_ids;
    Suggester m_suggester;
};

}  // namespace

const char* to_string(StepKind k) {
    for (const auto& [name, kind] : k_kinds) {
        if (kind == k) return name;
    }
    return "";
}

std::optional<Scenario> scenario_from_yaml(const YNode* root, const std::string& file,
                                           DiagnosticSink& sink) {
    ScenarioLoader loader(file, sink);
    auto s = loader.load(root);
    if (loader.failed()) return std::nullopt;
    return s;
}

std::optional<Scenario> load_scenario(const SourceText& source, DiagnosticSink& sink,
                                      const YamlLimits& limits) {
    auto doc = parse_yaml(source, sink, limits);
    if (!doc) return std::nullopt;
    if (sink.has_errors()) return std::nullopt;  // duplicate keys
    return scenario_from_yaml(doc->root(), source.path(), sink);
}

}  // namespace reltheme
