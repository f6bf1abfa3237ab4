#pragma once
/// The base of every rule, as actionlint's Rule and clang-tidy's ClangTidyCheck:
/// an id, a one-line summary, a default severity and no-op hooks. Each rule
/// lives in its own file under rules/ and is listed once in registry.cpp.
#include <string_view>
#include <vector>

#include "check/context.h"
#include "model/parts.h"
#include "util/diagnostic.h"

namespace reltheme {

/// Which command runs a rule.
enum class RuleGroup {
    Structure,    ///< reported by the loader while reading a file
    Correctness,  ///< `validate` and `lint`
    Style,        ///< `lint` only
    Diff,         ///< change kinds of `reltheme diff`
};

/// The group as `reltheme rules` and reports name it: structure, validate,
/// lint, diff.
const char* to_string(RuleGroup g);

/// Which fixes a rule's findings carry: safe ones (`lint --fix` applies
/// them), unsafe ones (did-you-mean guesses: `--unsafe-fixes`), both, or none.
enum class FixClass { None, Safe, Unsafe, Both };

/// "none", "safe", "unsafe", "both", as `reltheme rules` and the pages say.
const char* to_string(FixClass c);

class Rule {
  public:
    virtual ~Rule() = default;
    virtual std::string_view id() const = 0;
    virtual std::string_view summary() const = 0;
    virtual Severity default_severity() const { return Severity::Error; }
    virtual RuleGroup group() const { return RuleGroup::Correctness; }
    /// The parts of a theme the rule reads. It does not run on a theme where
    /// one of them did not load cleanly (its findings would repeat the
    /// structural error in other words); rules that do not say read them all.
    virtual ThemeParts needs() const { return ThemeParts::all(); }
    /// The fixes its findings carry (docs/fixes.md).
    virtual FixClass fixes() const { return FixClass::None; }

    /// Checks one theme whose parts in needs() loaded cleanly.
    virtual void check_theme(const ThemeContext& /*ctx*/, DiagnosticSink& /*sink*/) const {}
    /// Checks everything one run read, after every file was checked.
    /// Checks across every theme one run read; findings name their own file.
    virtual void check_all(const std::vector<ThemeSummary>& /*themes*/,
                           std::vector<Diagnostic>& /*out*/) const {}

  protected:
    /// Reports a finding of this rule at its default severity.
    Diagnostic& report(DiagnosticSink& sink, const Range& range, std::string message) const;
};

/// A rule whose findings come from the loader; it exists for listing,
/// documentation and severity policy.
class StructuralRule : public Rule {
  public:
    StructuralRule(std::string_view id, std::string_view summary, FixClass fixes = FixClass::None)
        : m_id(id), m_summary(summary), m_fixes(fixes) {}
    std::string_view id() const override { return m_id; }
    std::string_view summary() const override { return m_summary; }
    RuleGroup group() const override { return RuleGroup::Structure; }
    FixClass fixes() const override { return m_fixes; }

  private:
    std::string_view m_id;
    std::string_view m_summary;
    FixClass m_fixes;
};

}  // namespace reltheme
