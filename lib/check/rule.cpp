#include "check/rule.h"

namespace reltheme {

Diagnostic& Rule::report(DiagnosticSink& sink, const Range& range, std::string message) const {
    return sink.report(std::string(id()), default_severity(), range, std::move(message));
}

const char* to_string(RuleGroup g) {
    switch (g) {
        case RuleGroup::Structure:
            return "structure";
        case RuleGroup::Correctness:
            return "validate";
        case RuleGroup::Style:
            return "lint";
        case RuleGroup::Diff:
            return "diff";
    }
    return "";
}

const char* to_string(FixClass c) {
    switch (c) {
        case FixClass::None:
            return "none";
        case FixClass::Safe:
            return "safe";
        case FixClass::Unsafe:
            return "unsafe";
        case FixClass::Both:
            return "both";
    }
    return "none";
}

}  // namespace reltheme
