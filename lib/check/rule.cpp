#include "check/rule.h"

namespace reltheme {

Diagnostic& Rule::report(DiagnosticSink& sink, const Range& range, std::string message) const {
    return sink.report(std::string(id()), default_severity(), range, std::move(message));
}

}  // namespace reltheme
