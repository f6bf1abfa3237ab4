#include "report/output.h"

#include <algorithm>

#include <fmt/format.h>

#include "i18n/messages.h"
#include "util/spelling.h"

namespace reltheme {

std::string unknown_format_message(std::string_view format, std::string_view command,
                                   std::span<const std::string> formats) {
    std::string list;
    for (std::size_t i = 0; i < formats.size(); ++i) {
        if (i > 0) list += i + 1 == formats.size() ? i18n::message("output.formats-last") : ", ";
        list += formats[i];
    }
    return i18n::message("output.unknown-format", fmt::arg("command", command),
                         fmt::arg("format", i18n::quoted(format)), fmt::arg("formats", list)) +
           i18n::did_you_mean(closest_match(format, formats));
}

std::optional<OutputFile> parse_output_file(std::string_view text, std::string_view command,
                                            std::span<const std::string> formats,
                                            std::string& error) {
    const auto eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == text.size()) {
        error = i18n::message("output.bad-pair", fmt::arg("text", i18n::quoted(text)));
        return std::nullopt;
    }
    OutputFile file{std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
    if (std::find(formats.begin(), formats.end(), file.format) == formats.end()) {
        error = unknown_format_message(file.format, command, formats);
        return std::nullopt;
    }
    if (file.path == "-") {
        error = i18n::message("output.dash");
        return std::nullopt;
    }
    return file;
}

}  // namespace reltheme
