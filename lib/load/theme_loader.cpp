#include "load/theme_loader.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/node_reader.h"
#include "load/rule_ids.h"
#include "util/excerpt.h"
#include "util/spelling.h"

namespace reltheme {
namespace {

using Keys = std::vector<std::string>;

constexpr std::pair<const char*, ThemeType> k_types[] = {
    {"sales", ThemeType::Sales}, {"audit", ThemeType::Audit}, {"service", ThemeType::Service}};
constexpr std::pair<const char*, StageRole> k_roles[] = {{"payment", StageRole::Payment},
                                                         {"shipment", StageRole::Shipment}};
constexpr std::pair<const char*, OutcomeResult> k_results[] = {{"success", OutcomeResult::Success},
                                                               {"failure", OutcomeResult::Failure}};
constexpr std::pair<const char*, CommentPolicy> k_comments[] = {
    {"required", CommentPolicy::Required}, {"optional", CommentPolicy::Optional}};
constexpr std::pair<const char*, DocumentKind> k_kinds[] = {{"print-form", DocumentKind::PrintForm},
                                                            {"online", DocumentKind::Online}};
constexpr std::pair<const char*, FieldType> k_field_types[] = {
    {"text", FieldType::Text}, {"number", FieldType::Number}, {"money", FieldType::Money},
    {"date", FieldType::Date}, {"bool", FieldType::Bool},     {"enum", FieldType::Enum},
    {"user", FieldType::User}};
/// Words other schema languages use for a field type.
constexpr std::pair<const char*, FieldType> k_field_type_aliases[] = {
    {"string", FieldType::Text},  {"str", FieldType::Text},      {"integer", FieldType::Number},
    {"int", FieldType::Number},   {"float", FieldType::Number},  {"decimal", FieldType::Number},
    {"boolean", FieldType::Bool}, {"datetime", FieldType::Date}, {"currency", FieldType::Money},
    {"select", FieldType::Enum}};
constexpr std::pair<const char*, Approval> k_approvals[] = {{"required", Approval::Required},
                                                            {"none", Approval::None}};
constexpr std::pair<const char*, Planning> k_plannings[] = {{"required", Planning::Required},
                                                            {"recommended", Planning::Recommended},
                                                            {"off", Planning::Off}};
constexpr std::pair<const char*, ClosePolicy> k_closes[] = {
    {"on-outcome", ClosePolicy::OnOutcome},
    {"on-final-stage", ClosePolicy::OnFinalStage},
    {"on-payment", ClosePolicy::OnPayment}};
constexpr std::pair<const char*, AfterClose> k_after[] = {{"cancel", AfterClose::Cancel},
                                                          {"keep", AfterClose::Keep}};

const Keys k_common_keys = {
    "reltheme", "id", "name", "type", "description", "instruction", "instruction_file", "script"};
const Keys k_sales_keys = {"max_duration", "deadline_change", "stages",    "outcomes",
                           "documents",    "fields",          "parameters"};
const Keys k_audit_keys = {"outcomes"};
const Keys k_stage_keys = {"id",   "name",   "deadline", "instruction", "probability",
                           "role", "result", "next",     "requires",    "formerly"};
const Keys k_transition_keys = {"to", "probability"};
const Keys k_outcome_keys = {"id", "name", "result", "comment", "formerly"};
const Keys k_document_keys = {"id", "name", "kind", "template", "stages", "email"};
const Keys k_email_keys = {"subject", "body"};
const Keys k_field_keys = {"id", "name", "type", "options", "formerly"};
const Keys k_deadline_change_keys = {"approval", "approvers"};
const Keys k_parameters_keys = {"concurrent_deals", "planning", "close", "after_close"};
const Keys k_after_close_keys = {"planned_activities", "unpaid_invoices"};

/// Builds the theme; one instance per file.
class Loader {
  public:
    Loader(const std::string& file, DiagnosticSink& sink) : m_file(file), m_sink(sink), m_r(sink) {}

    LoadedTheme load(const YNode* root) {
        LoadedTheme result;
        m_incomplete = ThemeParts::all();  // until the top level is a mapping
        if (!root || root->is_null() || (root->is_scalar() && root->value.empty())) {
            m_r.error(Range{{1, 1}, {1, 2}}, i18n::message("schema.empty-theme"));
            return result;
        }
        if (!m_r.expect_map(root, i18n::subject("subject.theme-file"))) return result;
        m_incomplete = {};
        Theme t;
        t.file = m_file;
        t.range = root->range;
        read_top(*root, t);
        section({});
        result.complete = m_r.ok();
        result.incomplete = m_incomplete;
        result.theme = std::move(t);
        return result;
    }

  private:
    /// From here on, errors the reader reports fall in `part` (until the next
    /// call); an unknown key falls in none but the part of the key it suggests.
    void section(ThemeParts part) {
        if (m_r.error_count() != m_counted) m_incomplete |= m_part;
        m_counted = m_r.error_count();
        m_part = part;
    }

    static ThemeParts top_part(std::string_view key) {
        static constexpr std::pair<std::string_view, ThemePart> k_parts[] = {
            {"max_duration", ThemePart::MaxDuration},
            {"deadline_change", ThemePart::DeadlineChange},
            {"outcomes", ThemePart::Outcomes},
            {"documents", ThemePart::Documents},
            {"fields", ThemePart::Fields},
            {"parameters", ThemePart::Parameters}};
        if (key == "stages") return ThemeParts::stage_list();
        for (const auto& [name, part] : k_parts) {
            if (name == key) return part;
        }
        return ThemePart::Header;
    }

    static ThemeParts stage_part(std::string_view key) {
        if (key == "deadline") return ThemePart::Deadlines;
        if (key == "next") return ThemePart::Transitions;
        return ThemePart::Stages;
    }

    void read_top(const YNode& root, Theme& t) {
        Keys all = k_common_keys;
        all.insert(all.end(), k_sales_keys.begin(), k_sales_keys.end());
        section({});
        for (const auto& key : m_r.check_keys(root, all, i18n::subject("subject.theme")))
            m_incomplete |= top_part(key);
        section(ThemePart::Header);

        const auto the_theme = i18n::subject("subject.theme-the");
        if (m_r.require(root, "reltheme", the_theme)) {
            const YNode* v = root.find("reltheme");
            if (const auto supported =
                    m_r.format_version(v, "reltheme", i18n::subject("subject.format-version"))) {
                if (*supported)
                    t.version = Located<long long>{1, v->range};
                else
                    m_incomplete |= ThemeParts::all();  // another format: nothing is known
            }
        }
        for (const char* key : {"id", "name", "type"}) m_r.require(root, key, the_theme);
        if (auto v = m_r.id(root.find("id"), "id")) t.id = *v;
        if (auto v = m_r.string(root.find("name"), "name")) t.name = *v;
        const auto type = m_r.enumeration<ThemeType>(root.find("type"), "type", k_types);
        if (type) t.type = *type;
        // Which keys a theme has depends on its type: without one, nothing is sound.
        if (!type) m_incomplete |= ThemeParts::all();
        if (type) m_type = type->value;
        t.description = m_r.string(root.find("description"), "description");
        t.instruction = m_r.string(root.find("instruction"), "instruction");
        t.instruction_file = m_r.string(root.find("instruction_file"), "instruction_file");
        t.script = m_r.string(root.find("script"), "script");
        if (t.instruction && t.instruction_file) {
            m_r.error(root.find_key("instruction_file")->range,
                      i18n::message("schema.instruction-twice"));
        }
        section({});
        if (type && !check_type_keys(root, type->value)) return;

        section(ThemePart::MaxDuration);
        if (const YNode* v = root.find("max_duration"))
            t.max_duration = m_r.duration(v, "max_duration");
        section(ThemePart::DeadlineChange);
        if (const YNode* v = root.find("deadline_change")) {
            t.deadline_change = read_deadline_change(v);
            if (t.deadline_change)
                t.deadline_change->key_range = root.find_key("deadline_change")->range;
        }
        section(ThemeParts::stage_list());
        if (const YNode* v = root.find("stages")) {
            t.stages_range = v->range;
            t.stages = read_list<Stage>(v, "stages", "subject.stage", &Loader::read_stage,
                                        ThemeParts::stage_list());
            if (t.stages.empty() && v->is_seq())
                m_r.error(v->range, i18n::message("schema.no-stages"));
        } else if (type && type->value == ThemeType::Sales) {
            m_r.error(root.range, i18n::message("schema.sales-without-stages"));
        }
        if (const YNode* v = root.find("outcomes")) {
            t.outcomes_range = v->range;
            t.outcomes = read_list<Outcome>(v, "outcomes", "subject.outcome", &Loader::read_outcome,
                                            ThemePart::Outcomes);
        }
        if (const YNode* v = root.find("documents")) {
            t.documents = read_list<Document>(v, "documents", "subject.document",
                                              &Loader::read_document, ThemePart::Documents);
        }
        if (const YNode* v = root.find("fields")) {
            t.fields = read_list<Field>(v, "fields", "subject.field", &Loader::read_field,
                                        ThemePart::Fields);
        }
        section(ThemePart::Parameters);
        if (const YNode* v = root.find("parameters")) t.parameters = read_parameters(v);
    }

    /// Reports keys the type does not allow; false when there were any (their
    /// content is then not read, so one mistake gives one finding).
    bool check_type_keys(const YNode& root, ThemeType type) {
        bool clean = true;
        if (type == ThemeType::Sales) return clean;
        for (const auto& key : k_sales_keys) {
            const YNode* k = root.find_key(key);
            if (!k) continue;
            if (type == ThemeType::Audit && key == "outcomes") continue;
            const char* which =
                type == ThemeType::Audit ? "not-for-type.audit" : "not-for-type.service";
            const char* who = key == "outcomes" ? "not-for-type.sales-audit" : "not-for-type.sales";
            m_r.error(k->range,
                      i18n::message("not-for-type", fmt::arg("key", key),
                                    fmt::arg("theme", i18n::message(which)),
                                    fmt::arg("who", i18n::message(who))),
                      rule_id::k_not_for_type);
            m_incomplete |= top_part(key);
            clean = false;
        }
        return clean;
    }

    template <class T>
    std::vector<T> read_list(const YNode* n, std::string_view key, std::string_view subject_id,
                             std::optional<T> (Loader::*read_one)(const YNode&), ThemeParts part) {
        std::vector<T> out;
        section(part);
        if (!m_r.expect_seq(n, i18n::key_subject(key))) return out;
        const auto what = i18n::subject(subject_id);
        for (const YNode* item : n->items) {
            section(part);
            if (!m_r.expect_map(item, what)) continue;
            if (auto v = (this->*read_one)(*item)) out.push_back(std::move(*v));
        }
        section(part);
        report_duplicate_ids(out, what);
        return out;
    }

    template <class T>
    void report_duplicate_ids(const std::vector<T>& items, const i18n::Subject& what) {
        std::map<std::string, const Id*> seen;
        for (const T& item : items) {
            if (item.id.value.empty()) continue;
            const auto [it, inserted] = seen.emplace(item.id.value, &item.id);
            if (inserted) continue;
            Diagnostic& d =
                m_sink.report(rule_id::k_duplicate_id, Severity::Error, item.id.range,
                              i18n::message("duplicate-id.item", fmt::arg("what", what.nominative),
                                            fmt::arg("id", item.id.value)));
            d.notes.push_back({m_file, it->second->range, i18n::message("note.first-defined")});
        }
    }

    std::optional<Stage> read_stage(const YNode& n) {
        const Keys& keys = k_stage_keys;
        section({});
        const auto a_stage = i18n::subject("subject.stage");
        for (const auto& key : m_r.check_keys(n, keys, a_stage)) m_incomplete |= stage_part(key);
        section(ThemePart::Stages);
        Stage s;
        s.range = n.range;
        m_r.require(n, "id", a_stage);
        m_r.require(n, "name", a_stage);
        if (auto v = m_r.id(n.find("id"), "id")) s.id = *v;
        if (auto v = m_r.string(n.find("name"), "name")) s.name = *v;
        section(ThemePart::Deadlines);
        s.deadline = m_r.duration(n.find("deadline"), "deadline");
        section(ThemePart::Stages);
        s.instruction = m_r.string(n.find("instruction"), "instruction");
        s.probability = m_r.probability(n.find("probability"), "probability");
        if (const YNode* v = n.find("role"))
            s.role = m_r.enumeration<StageRole>(v, "role", k_roles);
        if (const YNode* v = n.find("result"))
            s.result = m_r.enumeration<OutcomeResult>(v, "result", k_results);
        section(ThemePart::Transitions);
        if (const YNode* v = n.find("next")) {
            s.next_range = v->range;
            if (!v->is_null() && m_r.expect_seq(v, i18n::key_subject("next"))) {
                for (const YNode* item : v->items) {
                    if (auto t = read_transition(*item)) s.next.push_back(*t);
                }
            }
        }
        section(ThemePart::Stages);
        if (const YNode* v = n.find("requires")) s.requires_fields = m_r.id_list(v, "requires");
        if (const YNode* v = n.find("formerly")) s.formerly = m_r.id_list(v, "formerly");
        return s;
    }

    std::optional<Transition> read_transition(const YNode& n) {
        Transition t;
        t.range = n.range;
        if (n.is_scalar()) {
            auto to = m_r.id(&n, "next");
            if (!to) return std::nullopt;
            t.to = *to;
            return t;
        }
        if (!n.is_map()) {
            m_r.error(n.range,
                      i18n::message("schema.bad-transition", fmt::arg("found", describe(&n))));
            return std::nullopt;
        }
        const auto a_transition = i18n::subject("subject.transition");
        m_r.check_keys(n, k_transition_keys, a_transition);
        if (!m_r.require(n, "to", a_transition)) return std::nullopt;
        auto to = m_r.id(n.find("to"), "to");
        if (!to) return std::nullopt;
        t.to = *to;
        t.probability = m_r.probability(n.find("probability"), "probability");
        return t;
    }

    std::optional<Outcome> read_outcome(const YNode& n) {
        const auto an_outcome = i18n::subject("subject.outcome");
        m_r.check_keys(n, k_outcome_keys, an_outcome);
        Outcome o;
        o.range = n.range;
        // Audit outcomes are results in addition to yes and no: `result` is
        // optional there (format.md), required in sales themes.
        for (const char* key : {"id", "name"}) m_r.require(n, key, an_outcome);
        if (m_type != ThemeType::Audit) m_r.require(n, "result", an_outcome);
        if (auto v = m_r.id(n.find("id"), "id")) o.id = *v;
        if (auto v = m_r.string(n.find("name"), "name")) o.name = *v;
        if (const YNode* v = n.find("result"))
            o.result = m_r.enumeration<OutcomeResult>(v, "result", k_results);
        if (const YNode* v = n.find("comment"))
            o.comment = m_r.enumeration<CommentPolicy>(v, "comment", k_comments);
        if (const YNode* v = n.find("formerly")) o.formerly = m_r.id_list(v, "formerly");
        return o;
    }

    std::optional<Document> read_document(const YNode& n) {
        const auto a_document = i18n::subject("subject.document");
        m_r.check_keys(n, k_document_keys, a_document);
        Document d;
        d.range = n.range;
        for (const char* key : {"id", "name", "kind"}) m_r.require(n, key, a_document);
        if (auto v = m_r.id(n.find("id"), "id")) d.id = *v;
        if (auto v = m_r.string(n.find("name"), "name")) d.name = *v;
        if (auto v = m_r.enumeration<DocumentKind>(n.find("kind"), "kind", k_kinds)) d.kind = *v;
        d.template_path = m_r.string(n.find("template"), "template");
        if (const YNode* v = n.find("stages")) {
            d.stages_range = v->range;
            d.stages = m_r.id_list(v, "stages");
        }
        if (const YNode* v = n.find("email"); v && m_r.expect_map(v, i18n::key_subject("email"))) {
            m_r.check_keys(*v, k_email_keys, i18n::subject("subject.email"));
            Email e;
            e.range = v->range;
            e.subject = m_r.string(v->find("subject"), "subject");
            e.body = m_r.string(v->find("body"), "body");
            d.email = e;
        }
        return d;
    }

    std::optional<Field> read_field(const YNode& n) {
        const auto a_field = i18n::subject("subject.field");
        m_r.check_keys(n, k_field_keys, a_field);
        Field f;
        f.range = n.range;
        for (const char* key : {"id", "name", "type"}) m_r.require(n, key, a_field);
        if (auto v = m_r.id(n.find("id"), "id")) f.id = *v;
        if (auto v = m_r.string(n.find("name"), "name")) f.name = *v;
        const auto type =
            m_r.enumeration<FieldType>(n.find("type"), "type", k_field_types, k_field_type_aliases);
        if (type) f.type = *type;
        if (const YNode* v = n.find("options")) {
            f.options = m_r.string_list(v, "options");
            if (type && type->value != FieldType::Enum) {
                m_r.error(n.find_key("options")->range,
                          i18n::message("schema.options-not-enum",
                                        fmt::arg("type", to_string(type->value))));
            } else if (v->is_seq() && v->items.empty()) {
                m_r.error(v->range, i18n::message("schema.enum-without-options"));
            }
        } else if (type && type->value == FieldType::Enum) {
            m_r.error(n.range, i18n::message("schema.enum-missing-options"));
        }
        if (const YNode* v = n.find("formerly")) f.formerly = m_r.id_list(v, "formerly");
        return f;
    }

    std::optional<DeadlineChange> read_deadline_change(const YNode* n) {
        const auto deadline_change = i18n::key_subject("deadline_change");
        if (!m_r.expect_map(n, deadline_change)) return std::nullopt;
        m_r.check_keys(*n, k_deadline_change_keys, deadline_change);
        DeadlineChange dc;
        dc.range = n->range;
        m_r.require(*n, "approval", deadline_change);
        dc.approval = m_r.enumeration<Approval>(n->find("approval"), "approval", k_approvals);
        if (const YNode* v = n->find("approvers")) {
            dc.approvers_range = v->range;
            if (m_r.expect_seq(v, i18n::key_subject("approvers"))) {
                for (const YNode* item : v->items) {
                    auto a = m_r.string(item, "approvers");
                    if (!a) continue;
                    const std::string& s = a->value;
                    const bool ok =
                        s == "manager" ||
                        ((s.starts_with("role:") || s.starts_with("user:")) && s.size() > 5 &&
                         s.find_first_of(" \t:", 5) == std::string::npos);
                    if (ok) {
                        dc.approvers.push_back(std::move(*a));
                        continue;
                    }
                    static const std::string k_keyword[] = {"manager"};
                    m_r.bad_value(
                        *item,
                        i18n::message("schema.bad-approver", fmt::arg("approver", excerpt(s))),
                        closest_match(s, k_keyword));
                }
            }
        }
        return dc;
    }

    std::optional<Parameters> read_parameters(const YNode* n) {
        const auto parameters = i18n::key_subject("parameters");
        if (!m_r.expect_map(n, parameters)) return std::nullopt;
        m_r.check_keys(*n, k_parameters_keys, parameters);
        Parameters p;
        p.range = n->range;
        p.concurrent_deals = m_r.boolean(n->find("concurrent_deals"), "concurrent_deals");
        if (const YNode* v = n->find("planning"))
            p.planning = m_r.enumeration<Planning>(v, "planning", k_plannings);
        if (const YNode* v = n->find("close"))
            p.close = m_r.enumeration<ClosePolicy>(v, "close", k_closes);
        const auto after_close = i18n::key_subject("after_close");
        if (const YNode* v = n->find("after_close"); v && m_r.expect_map(v, after_close)) {
            m_r.check_keys(*v, k_after_close_keys, after_close);
            if (const YNode* x = v->find("planned_activities")) {
                p.planned_activities =
                    m_r.enumeration<AfterClose>(x, "planned_activities", k_after);
            }
            if (const YNode* x = v->find("unpaid_invoices")) {
                p.unpaid_invoices = m_r.enumeration<AfterClose>(x, "unpaid_invoices", k_after);
            }
        }
        return p;
    }

    const std::string& m_file;
    DiagnosticSink& m_sink;
    NodeReader m_r;
    ThemeParts m_incomplete;
    ThemeParts m_part;
    std::size_t m_counted = 0;
    std::optional<ThemeType> m_type;  ///< the theme's type, once read
};

}  // namespace

LoadedTheme theme_from_yaml(const YNode* root, const std::string& file, DiagnosticSink& sink) {
    return Loader(file, sink).load(root);
}

LoadedTheme load_theme(const SourceText& source, DiagnosticSink& sink, const YamlLimits& limits) {
    auto doc = parse_yaml(source, sink, limits);
    if (!doc) return {};
    return theme_from_yaml(doc->root(), source.path(), sink);
}

std::optional<ThemeType> theme_type_named(std::string_view name) {
    for (const auto& [text, type] : k_types) {
        if (name == text) return type;
    }
    return std::nullopt;
}

namespace {

template <class E, std::size_t N>
std::vector<std::string> names_of(const std::pair<const char*, E> (&table)[N]) {
    std::vector<std::string> out;
    for (const auto& [name, value] : table) out.emplace_back(name);
    return out;
}

}  // namespace

std::vector<std::string> allowed_values(KeyPlace place, std::string_view key) {
    switch (place) {
        case KeyPlace::Theme:
            if (key == "type") return names_of(k_types);
            break;
        case KeyPlace::Stage:
            if (key == "role") return names_of(k_roles);
            if (key == "result") return names_of(k_results);
            break;
        case KeyPlace::Outcome:
            if (key == "result") return names_of(k_results);
            if (key == "comment") return names_of(k_comments);
            break;
        case KeyPlace::Document:
            if (key == "kind") return names_of(k_kinds);
            break;
        case KeyPlace::Field:
            if (key == "type") return names_of(k_field_types);
            break;
        case KeyPlace::DeadlineChange:
            if (key == "approval") return names_of(k_approvals);
            break;
        case KeyPlace::Parameters:
            if (key == "planning") return names_of(k_plannings);
            if (key == "close") return names_of(k_closes);
            if (key == "concurrent_deals") return {"true", "false"};
            break;
        case KeyPlace::AfterClose:
            if (key == "planned_activities" || key == "unpaid_invoices") return names_of(k_after);
            break;
        case KeyPlace::Transition:
        case KeyPlace::Email:
            break;
    }
    return {};
}

std::vector<std::string> allowed_keys(KeyPlace place, ThemeType type) {
    switch (place) {
        case KeyPlace::Theme: {
            Keys keys = k_common_keys;
            const Keys& more = type == ThemeType::Sales   ? k_sales_keys
                               : type == ThemeType::Audit ? k_audit_keys
                                                          : Keys{};
            keys.insert(keys.end(), more.begin(), more.end());
            return keys;
        }
        case KeyPlace::Stage:
            return k_stage_keys;
        case KeyPlace::Transition:
            return k_transition_keys;
        case KeyPlace::Outcome:
            return k_outcome_keys;
        case KeyPlace::Document:
            return k_document_keys;
        case KeyPlace::Email:
            return k_email_keys;
        case KeyPlace::Field:
            return k_field_keys;
        case KeyPlace::DeadlineChange:
            return k_deadline_change_keys;
        case KeyPlace::Parameters:
            return k_parameters_keys;
        case KeyPlace::AfterClose:
            return k_after_close_keys;
    }
    return {};
}

}  // namespace reltheme
