#include "check/rules/rules.h"

#include "check/rule_ids.h"

namespace reltheme::rules {
namespace {

/// Reported by the policy step: an ignore comment that silenced nothing.
class UnusedSuppression final : public Rule {
  public:
    std::string_view id() const override { return rule_id::k_unused_suppression; }
    FixClass fixes() const override { return FixClass::Safe; }
    std::string_view summary() const override {
        return "a `# reltheme: ignore[...]` comment that silences nothing";
    }
    Severity default_severity() const override { return Severity::Warning; }
    RuleGroup group() const override { return RuleGroup::Structure; }
};

}  // namespace

std::unique_ptr<Rule> make_unused_suppression() {
    return std::make_unique<UnusedSuppression>();
}

}  // namespace reltheme::rules
