#pragma once
// Helpers shared by the unit tests.
#include <filesystem>
#include <string>
#include <vector>

#include "check/engine.h"
#include "util/diagnostic.h"

namespace reltheme::test {

inline std::filesystem::path source_dir() {
    return RELTHEME_SOURCE_DIR;
}

/// Loads and checks a theme given as text (lint: style rules too).
inline std::vector<Diagnostic> check_string(const std::string& text, bool lint = false,
                                            const std::string& path = "theme.yaml") {
    CheckOptions options;
    options.lint = lint;
    return check_text(path, text, options);
}

/// "rule@line:col" of every finding, for compact assertions.
inline std::vector<std::string> brief(const std::vector<Diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) {
        out.push_back(d.rule + "@" + std::to_string(d.range.begin.line) + ":" +
                      std::to_string(d.range.begin.column));
    }
    return out;
}

}  // namespace reltheme::test
