#include "simulate/engine.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "semantics/deal_life.h"
#include "semantics/documents.h"
#include "simulate/clock.h"
#include "util/excerpt.h"
#include "util/spelling.h"

namespace reltheme {
namespace {

std::string quoted(std::string_view s) {
    return i18n::quoted(excerpt(s));
}

/// The catalogue's "<type> theme has no <what>": `sim.no-stages.audit`.
std::string type_phrase(ThemeType t, std::string_view what) {
    return fmt::format("sim.no-{}.{}", what, to_string(t));
}

/// The id of an invoice a step issues: its own, or `#N` for the deal's N-th.
std::string invoice_id(const Step& step, std::size_t issued) {
    return step.invoice.empty() ? fmt::format("#{}", issued + 1) : step.invoice;
}

/// What a step asks for, before the engine says what came of it: "move ->
/// proposal", «переход → proposal». The step's kind, ids and values are shown
/// as the scenario writes them.
std::string step_label(const Step& step, std::size_t issued) {
    using i18n::message;
    switch (step.kind) {
        case StepKind::Create:
            return message("sim.step.create");
        case StepKind::Plan:
            return message("sim.step.plan", fmt::arg("activity", quoted(step.activity)),
                           fmt::arg("due", step.due ? format_moment(*step.due) : "?"));
        case StepKind::Complete:
            return message("sim.step.complete", fmt::arg("activity", quoted(step.activity))) +
                   (step.outcome
                        ? message("sim.step.with-outcome", fmt::arg("outcome", *step.outcome))
                        : "");
        case StepKind::Move:
            return message("sim.step.move", fmt::arg("to", step.to));
        case StepKind::Fill:
            return message(
                "sim.step.fill", fmt::arg("field", step.field),
                fmt::arg("value", step.value ? quoted(*step.value) : message("sim.step.empty")));
        case StepKind::Invoice:
            return message("sim.step.invoice", fmt::arg("invoice", invoice_id(step, issued)),
                           fmt::arg("amount", money(step.amount)));
        case StepKind::Pay:
            return step.invoice.empty()
                       ? message("sim.step.pay")
                       : message("sim.step.pay-invoice", fmt::arg("invoice", step.invoice));
        case StepKind::Extend:
            return message("sim.step.extend",
                           fmt::arg("by", step.by ? step.by->to_string() : std::string("?"))) +
                   (step.approved_by
                        ? message("sim.step.approved-by", fmt::arg("who", *step.approved_by))
                        : "");
        case StepKind::Close:
            return step.outcome ? message("sim.step.close-as", fmt::arg("outcome", *step.outcome))
                                : message("sim.step.close");
        case StepKind::Send:
            return message("sim.step.send", fmt::arg("document", step.document));
    }
    return {};
}

bool is_number(const std::string& v) {
    if (v.empty()) return false;
    char* end = nullptr;
    const double x = std::strtod(v.c_str(), &end);
    return end == v.c_str() + v.size() && std::isfinite(x);
}

}  // namespace

std::string money(double amount) {
    amount += 0.0;  // -0 prints as 0
    if (amount == std::floor(amount)) return fmt::format("{:.0f}", amount);
    return fmt::format("{:.2f}", amount);
}

const std::vector<std::string>& record_ids() {
    static const std::vector<std::string> k_ids = [] {
        std::vector<std::string> ids;
        for (const auto& c : sim_checks())
            if (c.recorded) ids.emplace_back(c.id);
        return ids;
    }();
    return k_ids;
}

const std::string* DealState::field(std::string_view id) const {
    for (const auto& [k, v] : fields) {
        if (k == id) return &v;
    }
    return nullptr;
}

struct DealEngine::Context {
    const Step& step;
    std::size_t step_index;
    std::size_t deal;
    DealState& d;
    Minutes now;
    TimelineEntry& entry;
};

DealEngine::DealEngine(const Theme& theme, const Scenario& scenario)
    : m_theme(theme), m_scenario(scenario), m_deals(scenario.deals.size()) {}

std::size_t DealEngine::record(Context& c, SimCheck id, RecordLevel level, std::string message,
                               bool refused) {
    Record r;
    r.id = std::string(id_of(id));
    r.level = level;
    r.deal = c.deal;
    r.at = c.now;
    r.message = std::move(message);
    r.refused = refused;
    r.step = c.step_index;
    m_records.push_back(std::move(r));
    c.entry.records.push_back(m_records.size() - 1);
    return m_records.size() - 1;
}

void DealEngine::tick(Minutes now) {
    struct Event {
        Minutes at;
        std::size_t deal;
        int order;
        SimCheck id;
        RecordLevel level;
        std::string message;
    };
    std::vector<Event> events;
    // Everything that fell due before `now`, in (time, deal, kind, activity)
    // order; an entry that no longer holds (the deal closed or moved on, the
    // deadline was extended, the activity was done) is dropped.
    while (!m_due.empty() && m_due.top().at < now) {
        const Due due = m_due.top();
        m_due.pop();
        const std::size_t i = due.deal;
        DealState& d = m_deals[i];
        if (due.kind == 0) {
            if (d.closed || d.stage < 0 || !d.stage_deadline || d.stage_overdue_noted ||
                *d.stage_deadline != due.at)
                continue;
            d.stage_overdue_noted = true;
            const Stage& s = m_theme.stages[static_cast<std::size_t>(d.stage)];
            events.push_back({*d.stage_deadline, i, 0, SimCheck::StageOverdue,
                              RecordLevel::Violation,
                              i18n::message("sim.stage-overdue", fmt::arg("stage", s.id.value),
                                            fmt::arg("deadline", s.deadline->value.to_string()),
                                            fmt::arg("entered", format_moment(d.stage_entered)))});
        } else if (due.kind == 1) {
            if (d.closed || !d.deal_deadline || d.deal_overdue_noted || *d.deal_deadline != due.at)
                continue;
            d.deal_overdue_noted = true;
            events.push_back(
                {*d.deal_deadline, i, 1, SimCheck::DealOverdue, RecordLevel::Violation,
                 i18n::message("sim.deal-overdue",
                               fmt::arg("deadline", format_moment(*d.deal_deadline)),
                               fmt::arg("created", format_moment(d.created_at)),
                               fmt::arg("max", m_theme.max_duration->value.to_string()))});
        } else {
            Activity& a = d.activities[due.activity];
            if (a.status != ActivityStatus::Planned || a.overdue_noted || a.due != due.at) continue;
            a.overdue_noted = true;
            events.push_back(
                {a.due, i, 2, SimCheck::ActivityOverdue, RecordLevel::Warning,
                 i18n::message("sim.activity-overdue", fmt::arg("activity", quoted(a.name)),
                               fmt::arg("due", format_moment(a.due)))});
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        if (a.at != b.at) return a.at < b.at;
        if (a.deal != b.deal) return a.deal < b.deal;
        return a.order < b.order;
    });
    for (auto& e : events) {
        Record r;
        r.id = std::string(id_of(e.id));
        r.level = e.level;
        r.deal = e.deal;
        r.at = e.at;
        r.message = e.message;
        m_records.push_back(std::move(r));
        TimelineEntry t;
        t.at = e.at;
        t.deal = e.deal;
        t.text = i18n::message(e.id == SimCheck::StageOverdue  ? "sim.clock.stage-deadline"
                               : e.id == SimCheck::DealOverdue ? "sim.clock.deal-deadline"
                                                               : "sim.clock.activity-due");
        t.records.push_back(m_records.size() - 1);
        m_timeline.push_back(std::move(t));
    }
}

void DealEngine::apply(std::size_t step_index) {
    const Step& step = m_scenario.steps[step_index];
    TimelineEntry entry;
    entry.at = step.at;
    entry.deal = step.deal;
    entry.step = step_index;
    DealState& d = m_deals[step.deal];
    Context c{step, step_index, step.deal, d, step.at, entry};
    entry.text = step_label(step, d.invoices.size());
    if (step.kind != StepKind::Create && !d.created) {
        record(c, SimCheck::DealNotCreated, RecordLevel::Violation,
               i18n::message("sim.deal-not-created",
                             fmt::arg("deal", quoted(m_scenario.deals[step.deal].id))),
               true);
        m_timeline.push_back(std::move(entry));
        return;
    }
    switch (step.kind) {
        case StepKind::Create:
            create(c);
            break;
        case StepKind::Plan:
            plan(c);
            break;
        case StepKind::Complete:
            complete(c);
            break;
        case StepKind::Move:
            move(c);
            break;
        case StepKind::Fill:
            fill(c);
            break;
        case StepKind::Invoice:
            invoice(c);
            break;
        case StepKind::Pay:
            pay(c);
            break;
        case StepKind::Extend:
            extend(c);
            break;
        case StepKind::Close:
            close(c);
            break;
        case StepKind::Send:
            send(c);
            break;
    }
    m_timeline.push_back(std::move(entry));
}

std::string DealEngine::enter_stage(DealState& d, std::size_t deal, int stage, Minutes now) {
    const Stage& s = m_theme.stages[static_cast<std::size_t>(stage)];
    d.stage = stage;
    d.stage_entered = now;
    d.stage_overdue_noted = false;
    d.stage_deadline.reset();
    m_reached.stages.insert(s.id.value);
    if (const auto result = stage_closing(m_theme, static_cast<std::size_t>(stage)).on_entry) {
        const char* outcome = *result == OutcomeResult::Success ? "won" : "lost";
        return i18n::message("sim.step.then",
                             fmt::arg("what", close_deal(d, deal, outcome, std::nullopt, now))) +
               " (close: on-final-stage)";
    }
    if (s.deadline) {
        d.stage_deadline = advance(now, s.deadline->value);
        watch(*d.stage_deadline, deal, 0);
    }
    return "";
}

bool DealEngine::outcome_allowed(Context& c, const std::string& outcome) {
    const OutcomeVerdict verdict = may_record(m_theme, outcome, c.d.stage);
    if (verdict == OutcomeVerdict::Allowed) return true;
    std::string message = verdict_text(m_theme, verdict, outcome, c.d.stage);
    if (verdict == OutcomeVerdict::Unknown) {
        message += i18n::did_you_mean(closest_match(outcome, outcome_ids(m_theme)));
    }
    record(c, SimCheck::OutcomeNotAllowed, RecordLevel::Violation, message, true);
    return false;
}

std::string DealEngine::close_deal(DealState& d, std::size_t deal, const std::string& outcome,
                                   std::optional<std::string> comment, Minutes now) {
    d.closed = true;
    m_open_by_client[m_scenario.deals[deal].client].erase(deal);
    d.closed_at = now;
    if (!outcome.empty()) {
        d.outcome = outcome;
        d.comment = std::move(comment);
        m_reached.outcomes.insert(outcome);
    }
    const bool keep_activities = after_close_activities(m_theme) == AfterClose::Keep;
    const bool keep_invoices = after_close_invoices(m_theme) == AfterClose::Keep;
    int activities = 0, invoices = 0;
    for (auto& a : d.activities) {
        if (a.status != ActivityStatus::Planned) continue;
        ++activities;
        if (keep_activities)
            a.kept = true;
        else
            a.status = ActivityStatus::Cancelled;
    }
    for (auto& inv : d.invoices) {
        if (inv.status != InvoiceStatus::Unpaid) continue;
        ++invoices;
        if (keep_invoices)
            inv.kept = true;
        else
            inv.status = InvoiceStatus::Cancelled;
    }
    std::string text = outcome.empty()
                           ? i18n::message("sim.step.closed")
                           : i18n::message("sim.step.closed-as", fmt::arg("outcome", outcome));
    // "2 planned activities cancelled": the noun's forms carry the verb, so
    // it agrees with the count in Russian too.
    auto then = [&](int n, const char* noun) {
        if (n > 0) text += i18n::message("sim.step.then", fmt::arg("what", i18n::count(n, noun)));
    };
    then(activities, keep_activities ? "noun.activity-kept" : "noun.activity-cancelled");
    then(invoices, keep_invoices ? "noun.invoice-kept" : "noun.invoice-cancelled");
    return text;
}

void DealEngine::create(Context& c) {
    const std::string& client = m_scenario.deals[c.deal].client;
    if (c.d.created) {
        record(c, SimCheck::AlreadyCreated, RecordLevel::Violation,
               i18n::message("sim.already-created"), true);
        return;
    }
    auto& open = m_open_by_client[client];
    if (!concurrent_deals(m_theme) && m_theme.type.value == ThemeType::Sales && !open.empty()) {
        // The client's first open deal (this one is not open: not created).
        const std::size_t i = *open.begin();
        record(c, SimCheck::ConcurrentDeal, RecordLevel::Violation,
               i18n::message("sim.concurrent-deal", fmt::arg("client", quoted(client)),
                             fmt::arg("deal", quoted(m_scenario.deals[i].id)),
                             fmt::arg("theme", m_theme.id.value)),
               true);
        return;
    }
    c.d.created = true;
    c.d.created_at = c.now;
    open.insert(c.deal);
    if (m_theme.max_duration) {
        c.d.deal_deadline = advance(c.now, m_theme.max_duration->value);
        watch(*c.d.deal_deadline, c.deal, 1);
    }
    const int first = first_stage(m_theme);
    if (first >= 0) {
        c.entry.text = i18n::message(
            "sim.step.create-at",
            fmt::arg("stage", m_theme.stages[static_cast<std::size_t>(first)].id.value));
        c.entry.text += enter_stage(c.d, c.deal, first, c.now);
    }
}

void DealEngine::plan(Context& c) {
    if (c.d.closed) {
        record(c, SimCheck::DealClosed, RecordLevel::Violation, i18n::message("sim.closed.plan"),
               true);
        return;
    }
    Activity a;
    a.name = c.step.activity;
    a.due = c.step.due.value_or(c.now);
    watch(a.due, c.deal, 2, c.d.activities.size());
    c.d.activities.push_back(std::move(a));
}

void DealEngine::complete(Context& c) {
    Activity* planned = nullptr;
    for (auto& a : c.d.activities) {
        if (a.status != ActivityStatus::Planned || a.name != c.step.activity) continue;
        if (!planned || a.due < planned->due) planned = &a;
    }
    if (c.d.closed && !(planned && planned->kept)) {
        record(c, SimCheck::DealClosed, RecordLevel::Violation,
               i18n::message("sim.closed.complete"), true);
        return;
    }
    const ThemeType type = m_theme.type.value;
    // An audit event takes its result (yes, no or an outcome of the theme).
    if (type == ThemeType::Audit) {
        if (!c.step.outcome) {
            record(c, SimCheck::MissingOutcome, RecordLevel::Violation,
                   i18n::message("sim.audit-needs-result"), true);
            return;
        }
    }
    if (c.step.outcome) {
        if (type != ThemeType::Audit) {
            record(c, SimCheck::OutcomeNotAllowed, RecordLevel::Violation,
                   type == ThemeType::Sales ? i18n::message("sim.sales-outcome-on-close")
                                            : i18n::message("sim.service-no-outcomes"),
                   true);
            return;
        }
        if (!outcome_allowed(c, *c.step.outcome)) return;
        const Outcome* o = m_theme.find_outcome(*c.step.outcome);
        if (o && o->comment_required() && (!c.step.comment || c.step.comment->empty())) {
            record(c, SimCheck::MissingComment, RecordLevel::Violation,
                   i18n::message("sim.missing-comment", fmt::arg("outcome", *c.step.outcome)),
                   true);
            return;
        }
    }
    // Planning: the next activity must be planned before a result is recorded.
    if (!c.d.closed) {
        const Planning planning = reltheme::planning(m_theme);
        if (planning != Planning::Off) {
            bool other = false;
            for (const auto& a : c.d.activities) {
                other = other ||
                        (&a != planned && a.status == ActivityStatus::Planned && a.due > c.now);
            }
            if (!other) {
                const bool required = planning == Planning::Required;
                record(c, SimCheck::Unplanned,
                       required ? RecordLevel::Violation : RecordLevel::Warning,
                       i18n::message("sim.unplanned",
                                     fmt::arg("planning", required ? "required" : "recommended")),
                       required);
                if (required) return;
            }
        }
    }
    if (!planned) {
        Activity a;
        a.name = c.step.activity;
        a.due = c.now;
        c.d.activities.push_back(std::move(a));
        planned = &c.d.activities.back();
        c.entry.text += i18n::message("sim.step.not-planned");
    }
    planned->status = ActivityStatus::Done;
    planned->done_at = c.now;
    planned->outcome = c.step.outcome;
    planned->comment = c.step.comment;
    if (c.step.outcome) {
        c.d.outcome = c.step.outcome;
        c.d.comment = c.step.comment;
        m_reached.outcomes.insert(*c.step.outcome);
    }
}

void DealEngine::move(Context& c) {
    if (c.d.closed) {
        record(c, SimCheck::DealClosed, RecordLevel::Violation, i18n::message("sim.closed.move"),
               true);
        return;
    }
    if (m_theme.type.value != ThemeType::Sales) {
        record(c, SimCheck::NotForType, RecordLevel::Violation,
               i18n::message(type_phrase(m_theme.type.value, "stages")), true);
        return;
    }
    const Stage& from = m_theme.stages[static_cast<std::size_t>(c.d.stage)];
    c.entry.text = i18n::message("sim.step.move-from", fmt::arg("from", from.id.value),
                                 fmt::arg("to", c.step.to));
    const int target = m_theme.stage_index(c.step.to);
    if (target < 0) {
        std::vector<std::string> ids;
        for (const auto& s : m_theme.stages) ids.push_back(s.id.value);
        std::string message = i18n::message("sim.no-stage", fmt::arg("theme", m_theme.id.value),
                                            fmt::arg("stage", quoted(c.step.to)));
        message += i18n::did_you_mean(closest_match(c.step.to, ids));
        record(c, SimCheck::IllegalTransition, RecordLevel::Violation, message, true);
        return;
    }
    const bool listed = std::any_of(from.next.begin(), from.next.end(),
                                    [&](const Transition& t) { return t.to.value == c.step.to; });
    if (!listed) {
        std::string allowed;
        for (const auto& t : from.next) allowed += (allowed.empty() ? "" : ", ") + t.to.value;
        record(c, SimCheck::IllegalTransition, RecordLevel::Violation,
               allowed.empty()
                   ? i18n::message("sim.illegal-transition.final", fmt::arg("from", from.id.value),
                                   fmt::arg("to", c.step.to))
                   : i18n::message("sim.illegal-transition", fmt::arg("from", from.id.value),
                                   fmt::arg("to", c.step.to), fmt::arg("allowed", allowed)),
               true);
        return;
    }
    const Stage& to = m_theme.stages[static_cast<std::size_t>(target)];
    std::string missing;
    for (const auto& f : to.requires_fields) {
        const std::string* v = c.d.field(f.value);
        if (!v || v->empty()) missing += (missing.empty() ? "" : ", ") + f.value;
    }
    if (!missing.empty()) {
        record(c, SimCheck::MissingRequiredField, RecordLevel::Violation,
               i18n::message("sim.missing-required-field", fmt::arg("stage", to.id.value),
                             fmt::arg("fields", missing)),
               true);
        return;
    }
    m_reached.transitions.insert({from.id.value, to.id.value});
    c.entry.text += enter_stage(c.d, c.deal, target, c.now);
}

void DealEngine::fill(Context& c) {
    if (c.d.closed) {
        record(c, SimCheck::DealClosed, RecordLevel::Violation, i18n::message("sim.closed.fill"),
               true);
        return;
    }
    if (m_theme.type.value != ThemeType::Sales) {
        record(c, SimCheck::NotForType, RecordLevel::Violation,
               i18n::message(type_phrase(m_theme.type.value, "fields")), true);
        return;
    }
    const Field* f = m_theme.find_field(c.step.field);
    if (!f) {
        std::vector<std::string> ids;
        for (const auto& x : m_theme.fields) ids.push_back(x.id.value);
        std::string message = i18n::message("sim.no-field", fmt::arg("theme", m_theme.id.value),
                                            fmt::arg("field", quoted(c.step.field)));
        message += i18n::did_you_mean(closest_match(c.step.field, ids));
        record(c, SimCheck::UnknownField, RecordLevel::Violation, message, true);
        return;
    }
    if (c.step.value && !c.step.value->empty()) {
        const std::string& v = *c.step.value;
        std::string problem;
        switch (f->type.value) {
            case FieldType::Text:
            case FieldType::User:
                break;
            case FieldType::Number:
                if (!is_number(v)) problem = i18n::message("sim.takes.number");
                break;
            case FieldType::Money:
                if (!is_number(v) || std::strtod(v.c_str(), nullptr) < 0)
                    problem = i18n::message("sim.takes.money");
                break;
            case FieldType::Date:
                if (v.size() != 10 || !parse_moment(v)) problem = i18n::message("sim.takes.date");
                break;
            case FieldType::Bool:
                if (v != "true" && v != "false") problem = i18n::message("sim.takes.bool");
                break;
            case FieldType::Enum: {
                bool ok = false;
                std::string options;
                for (const auto& o : f->options) {
                    ok = ok || o.value == v;
                    options += (options.empty() ? "" : ", ") + o.value;
                }
                if (!ok) problem = i18n::message("sim.takes.enum", fmt::arg("options", options));
                break;
            }
        }
        if (!problem.empty()) {
            record(c, SimCheck::InvalidFieldValue, RecordLevel::Violation,
                   i18n::message("sim.invalid-field-value", fmt::arg("field", f->id.value),
                                 fmt::arg("type", to_string(f->type.value)),
                                 fmt::arg("takes", problem), fmt::arg("value", quoted(v))),
                   true);
            return;
        }
    }
    auto& fields = c.d.fields;
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&](const auto& p) { return p.first == f->id.value; });
    if (!c.step.value || c.step.value->empty()) {
        if (it != fields.end()) fields.erase(it);
    } else if (it != fields.end()) {
        it->second = *c.step.value;
    } else {
        fields.emplace_back(f->id.value, *c.step.value);
    }
}

void DealEngine::invoice(Context& c) {
    const std::string id = invoice_id(c.step, c.d.invoices.size());
    if (c.d.closed) {
        record(c, SimCheck::DealClosed, RecordLevel::Violation, i18n::message("sim.closed.invoice"),
               true);
        return;
    }
    if (m_theme.type.value != ThemeType::Sales) {
        record(c, SimCheck::NotForType, RecordLevel::Violation,
               i18n::message(type_phrase(m_theme.type.value, "invoices")), true);
        return;
    }
    Invoice inv;
    inv.id = id;
    inv.amount = c.step.amount;
    c.d.invoices.push_back(std::move(inv));
}

void DealEngine::pay(Context& c) {
    Invoice* inv = nullptr;
    for (auto& i : c.d.invoices) {
        if (i.status != InvoiceStatus::Unpaid) continue;
        if (!c.step.invoice.empty() && i.id != c.step.invoice) continue;
        inv = &i;
        break;
    }
    if (c.d.closed && !(inv && inv->kept)) {
        record(c, SimCheck::DealClosed, RecordLevel::Violation, i18n::message("sim.closed.pay"),
               true);
        return;
    }
    if (!inv) {
        record(c, SimCheck::NoUnpaidInvoice, RecordLevel::Violation,
               c.step.invoice.empty() ? i18n::message("sim.no-unpaid-invoice")
                                      : i18n::message("sim.no-unpaid-invoice.id",
                                                      fmt::arg("invoice", quoted(c.step.invoice))),
               true);
        return;
    }
    inv->status = InvoiceStatus::Paid;
    inv->paid_at = c.now;
    c.entry.text = i18n::message("sim.step.paid", fmt::arg("invoice", inv->id),
                                 fmt::arg("amount", money(inv->amount)));
    if (c.d.closed) return;
    const auto unpaid =
        std::count_if(c.d.invoices.begin(), c.d.invoices.end(),
                      [](const Invoice& i) { return i.status == InvoiceStatus::Unpaid; });
    if (closes_on_payment(m_theme, c.d.stage, c.d.invoices.size(),
                          static_cast<std::size_t>(unpaid)))
        c.entry.text +=
            i18n::message("sim.step.then",
                          fmt::arg("what", close_deal(c.d, c.deal, "won", std::nullopt, c.now))) +
            " (close: on-payment)";
}

void DealEngine::extend(Context& c) {
    if (c.d.closed) {
        record(c, SimCheck::DealClosed, RecordLevel::Violation, i18n::message("sim.closed.extend"),
               true);
        return;
    }
    if (!c.d.deal_deadline) {
        record(c, SimCheck::NothingToExtend, RecordLevel::Violation,
               i18n::message("sim.nothing-to-extend", fmt::arg("theme", m_theme.id.value)), true);
        return;
    }
    const DeadlineChange* dc = m_theme.deadline_change ? &*m_theme.deadline_change : nullptr;
    if (deadline_change_needs_approval(m_theme)) {
        std::string approvers;
        for (const auto& a : dc->approvers) approvers += (approvers.empty() ? "" : ", ") + a.value;
        if (!c.step.approved_by || c.step.approved_by->empty()) {
            record(c, SimCheck::UnapprovedDeadlineChange, RecordLevel::Violation,
                   approvers.empty()
                       ? i18n::message("sim.unapproved")
                       : i18n::message("sim.unapproved.by", fmt::arg("approvers", approvers)),
                   true);
            return;
        }
        const bool allowed =
            dc->approvers.empty() ||
            std::any_of(dc->approvers.begin(), dc->approvers.end(),
                        [&](const auto& a) { return a.value == *c.step.approved_by; });
        if (!allowed) {
            record(
                c, SimCheck::UnapprovedDeadlineChange, RecordLevel::Violation,
                i18n::message("sim.not-an-approver", fmt::arg("who", quoted(*c.step.approved_by)),
                              fmt::arg("approvers", approvers)),
                true);
            return;
        }
    }
    c.d.deal_deadline = advance(*c.d.deal_deadline, *c.step.by);
    if (*c.d.deal_deadline >= c.now) c.d.deal_overdue_noted = false;
    watch(*c.d.deal_deadline, c.deal, 1);
    c.entry.text += i18n::message("sim.step.deadline-now",
                                  fmt::arg("deadline", format_moment(*c.d.deal_deadline)));
}

void DealEngine::close(Context& c) {
    if (c.d.closed) {
        record(c, SimCheck::DealClosed, RecordLevel::Violation, i18n::message("sim.closed.close"),
               true);
        return;
    }
    const ThemeType type = m_theme.type.value;
    if (!c.step.outcome) {
        if (type == ThemeType::Sales) {
            record(c, SimCheck::MissingOutcome, RecordLevel::Violation,
                   i18n::message("sim.sales-needs-outcome"), true);
            return;
        }
        c.entry.text = close_deal(c.d, c.deal, "", c.step.comment, c.now);
        return;
    }
    const std::string& outcome = *c.step.outcome;
    if (!outcome_allowed(c, outcome)) return;
    const Outcome* o = m_theme.find_outcome(outcome);
    if (o && o->comment_required() && (!c.step.comment || c.step.comment->empty())) {
        record(c, SimCheck::MissingComment, RecordLevel::Violation,
               i18n::message("sim.missing-comment", fmt::arg("outcome", outcome)), true);
        return;
    }
    c.entry.text = close_deal(c.d, c.deal, outcome, c.step.comment, c.now);
}

void DealEngine::send(Context& c) {
    if (c.d.closed) {
        record(c, SimCheck::DealClosed, RecordLevel::Violation, i18n::message("sim.closed.send"),
               true);
        return;
    }
    if (m_theme.type.value != ThemeType::Sales) {
        record(c, SimCheck::NotForType, RecordLevel::Violation,
               i18n::message(type_phrase(m_theme.type.value, "documents")), true);
        return;
    }
    const Document* doc = m_theme.find_document(c.step.document);
    if (!doc) {
        std::vector<std::string> ids;
        for (const auto& d : m_theme.documents) ids.push_back(d.id.value);
        std::string message = i18n::message("sim.no-document", fmt::arg("theme", m_theme.id.value),
                                            fmt::arg("document", quoted(c.step.document)));
        message += i18n::did_you_mean(closest_match(c.step.document, ids));
        record(c, SimCheck::UnknownDocument, RecordLevel::Violation, message, true);
        return;
    }
    const std::string& stage = m_theme.stages[static_cast<std::size_t>(c.d.stage)].id.value;
    if (const auto why = not_offered_at(m_theme, *doc, stage)) {
        record(c, SimCheck::DocumentNotAvailable, RecordLevel::Violation, *why, true);
        return;
    }
    c.d.sent.push_back(doc->id.value);
    c.entry.text =
        i18n::message("sim.step.sent", fmt::arg("document", doc->id.value),
                      fmt::arg("kind", i18n::message(doc->kind.value == DocumentKind::Online
                                                         ? "sim.document.online"
                                                         : "sim.document.print")));
}

}  // namespace reltheme
