#pragma once
/// The deal engine: applies a theme's rules to deals the way the CRM would.
/// A step the CRM refuses changes nothing and is recorded as a violation; a
/// rule the CRM only warns about is recorded as a warning; deadlines are
/// noted when the simulated clock passes them.
#include <cstddef>
#include <map>
#include <optional>
#include <queue>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/theme.h"
#include "simulate/scenario.h"
#include "simulate/violations.h"
#include "util/duration.h"

namespace reltheme {

/// Every violation and warning id the engine records, from the table in
/// simulate/violations.h.
const std::vector<std::string>& record_ids();

/// An amount as the simulation prints it (step texts, the invoice table):
/// whole amounts without decimals (`1500`), others with two (`99.50`); never
/// `-0`.
std::string money(double amount);

enum class RecordLevel { Violation, Warning };

/// A violation or warning.
struct Record {
    std::string id;
    RecordLevel level = RecordLevel::Violation;
    std::size_t deal = 0;
    Minutes at = 0;
    std::string message;
    bool refused = false;             ///< the step was refused (nothing changed)
    std::optional<std::size_t> step;  ///< index into Scenario::steps; none for clock events
};

enum class ActivityStatus { Planned, Done, Cancelled };
enum class InvoiceStatus { Unpaid, Paid, Cancelled };

struct Activity {
    std::string name;
    Minutes due = 0;
    ActivityStatus status = ActivityStatus::Planned;
    bool kept = false;  ///< kept planned after the deal closed
    bool overdue_noted = false;
    std::optional<std::string> outcome;
    std::optional<std::string> comment;
    std::optional<Minutes> done_at;
};

struct Invoice {
    std::string id;
    double amount = 0;
    InvoiceStatus status = InvoiceStatus::Unpaid;
    bool kept = false;  ///< kept unpaid after the deal closed
    std::optional<Minutes> paid_at;
};

/// The state of one deal.
struct DealState {
    bool created = false;
    bool closed = false;
    int stage = -1;  ///< index into Theme::stages; -1 for audit and service themes
    Minutes created_at = 0;
    Minutes stage_entered = 0;
    std::optional<Minutes> closed_at;
    std::optional<Minutes> stage_deadline;
    bool stage_overdue_noted = false;
    std::optional<Minutes> deal_deadline;
    bool deal_overdue_noted = false;
    std::optional<std::string> outcome;
    std::optional<std::string> comment;
    std::vector<std::pair<std::string, std::string>> fields;  ///< in the order filled
    std::vector<Activity> activities;
    std::vector<Invoice> invoices;
    std::vector<std::string> sent;  ///< documents sent to the client, in order

    const std::string* field(std::string_view id) const;
};

/// What the timeline shows: a step and what it did, or a clock event.
struct TimelineEntry {
    Minutes at = 0;
    std::size_t deal = 0;
    std::optional<std::size_t> step;
    std::string text;                  ///< e.g. "move intro -> proposal"
    std::vector<std::size_t> records;  ///< indexes into records()
};

/// What a run reached, for `simulate --coverage`.
struct Reached {
    std::set<std::string> stages;
    std::set<std::pair<std::string, std::string>> transitions;
    std::set<std::string> outcomes;
};

class DealEngine {
  public:
    DealEngine(const Theme& theme, const Scenario& scenario);

    /// Notes every deadline the clock passes strictly before `now`.
    void tick(Minutes now);
    /// Applies one step (advance the clock with tick() first).
    void apply(std::size_t step_index);

    const std::vector<DealState>& deals() const { return m_deals; }
    const std::vector<Record>& records() const { return m_records; }
    const std::vector<TimelineEntry>& timeline() const { return m_timeline; }
    const Reached& reached() const { return m_reached; }

  private:
    struct Context;
    void create(Context& c);
    void plan(Context& c);
    void complete(Context& c);
    void move(Context& c);
    void fill(Context& c);
    void invoice(Context& c);
    void pay(Context& c);
    void extend(Context& c);
    void close(Context& c);
    void send(Context& c);

    /// Puts the deal in the stage; closes it when the theme closes deals on
    /// entering it, and returns the timeline text for that ("" otherwise).
    std::string enter_stage(DealState& d, std::size_t deal, int stage, Minutes now);
    /// Closes a deal and applies `after_close`; returns what happened.
    std::string close_deal(DealState& d, std::size_t deal, const std::string& outcome,
                           std::optional<std::string> comment, Minutes now);
    /// Records outcome-not-allowed when the theme does not let `outcome` be
    /// recorded on the deal where it is; false then.
    bool outcome_allowed(Context& c, const std::string& outcome);
    std::size_t record(Context& c, SimCheck id, RecordLevel level, std::string message,
                       bool refused);

    /// A deadline or due date the clock may pass: the stage's (kind 0), the
    /// deal's (1) or an activity's (2, `activity` its index), in the order
    /// tick() reports them. Kept in a queue so that a tick looks only at what
    /// fell due, not at every deal; an entry whose deadline has moved since is
    /// dropped when it comes up.
    struct Due {
        Minutes at;
        std::size_t deal;
        int kind;
        std::size_t activity;
        friend bool operator>(const Due& a, const Due& b) {
            if (a.at != b.at) return a.at > b.at;
            if (a.deal != b.deal) return a.deal > b.deal;
            if (a.kind != b.kind) return a.kind > b.kind;
            return a.activity > b.activity;
        }
    };
    void watch(Minutes at, std::size_t deal, int kind, std::size_t activity = 0) {
        m_due.push({at, deal, kind, activity});
    }

    const Theme& m_theme;
    const Scenario& m_scenario;
    std::vector<DealState> m_deals;
    std::vector<Record> m_records;
    std::vector<TimelineEntry> m_timeline;
    Reached m_reached;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_due;
    /// The open deals of each client, by index (concurrent_deals: false).
    std::map<std::string, std::set<std::size_t>> m_open_by_client;
};

}  // namespace reltheme
