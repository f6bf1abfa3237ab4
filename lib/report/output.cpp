#include "report/output.h"

#include <algorithm>

#include "i18n/messages.h"
#include "util/spelling.h"

namespace reltheme {

std::string unknown_format_message(std::string_view format, std::string_view command,
                                   std::span<const std::string> formats) {
    std::string list;
    for (std::size_t i = 0; i < formats.size(); ++i) {
        if (i > 0) list += i + 1 == formats.size() ? " or " : ", ";
        list += formats[i];
    }
    return std::string(command) + " does not print \"" + std::string(format) +
           "\" reports; it prints " + list + i18n::did_you_mean(closest_match(format, formats));
}

std::optional<OutputFile> parse_output_file(std::string_view text, std::string_view command,
                                            std::span<const std::string> formats,
                                            std::string& error) {
    const auto eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == text.size()) {
        error = "expected FORMAT=FILE, e.g. json=reltheme.json, not \"" + std::string(text) + "\"";
        return std::nullopt;
    }
    OutputFile file{std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
    if (std::find(formats.begin(), formats.end(), file.format) == formats.end()) {
        error = unknown_format_message(file.format, command, formats);
        return std::nullopt;
    }
    if (file.path == "-") {
        error = "--output writes files; --format chooses standard output";
        return std::nullopt;
    }
    return file;
}

}  // namespace reltheme
